create schema if not exists audit;

-- Append-only audit log of security and administrative events (level 3: who, what, when, from where).
create table audit.audit_entry (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null,
    recorded_at timestamptz  not null,
    action      varchar(60)  not null,
    actor       varchar(200),
    actor_ip    varchar(45),
    subject     varchar(300),
    details     jsonb        not null default '{}'::jsonb
);
create index audit_entry_by_time on audit.audit_entry (occurred_at desc);
create index audit_entry_by_action on audit.audit_entry (action, occurred_at desc);
create index audit_entry_by_actor on audit.audit_entry (actor, occurred_at desc);

-- Nobody, not even the application, may change or remove what was recorded.
create function audit.reject_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit.audit_entry is append-only';
end;
$$;
create trigger audit_entry_append_only
    before update or delete on audit.audit_entry
    for each statement execute function audit.reject_change();
create trigger audit_entry_no_truncate
    before truncate on audit.audit_entry
    for each statement execute function audit.reject_change();
