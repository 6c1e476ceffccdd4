-- A person's copy of their own data reads the log by subject (their account id).
create index audit_entry_by_subject on audit.audit_entry (subject, occurred_at desc);
