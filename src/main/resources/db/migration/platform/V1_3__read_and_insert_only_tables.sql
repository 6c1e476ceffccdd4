-- The application runs as a role that owns nothing (see docs/operations.md, "Database roles"): it gets read and
-- write access to every table the migrations create through default privileges. A table whose rows nobody may
-- rewrite (the audit log) calls this function in its migration: every role but the owner keeps only SELECT and
-- INSERT on it, whatever it was given before. Only migrations (the owner) may call it.
create function platform.keep_read_and_insert_only(target regclass) returns void
    language plpgsql as $$
declare
    holder oid;
begin
    for holder in
        select distinct acl.grantee
        from pg_class c, aclexplode(c.relacl) acl
        where c.oid = target
          and acl.grantee <> c.relowner
          and acl.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES')
    loop
        execute format('revoke update, delete, truncate, trigger, references on %s from %s', target,
                       case when holder = 0 then 'public' else holder::regrole::text end);
    end loop;
end;
$$;
revoke execute on function platform.keep_read_and_insert_only(regclass) from public;
