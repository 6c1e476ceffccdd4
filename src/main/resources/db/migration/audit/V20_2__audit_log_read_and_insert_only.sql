-- The application's role may add entries to the audit log and read them, never change or remove them: the
-- triggers say so too, and that role cannot disable them (only the owner could).
select platform.keep_read_and_insert_only('audit.audit_entry');
