-- A submission with an Idempotency-Key is claimed (RUNNING) before its dossier is written and marked DONE in the
-- dossier's own transaction; the primary key (client, key) makes the claim hold across nodes. A repeat while RUNNING
-- is a 409, a repeat with another body a 422, a repeat of a DONE one answers with its dossier. A failed submission
-- deletes its claim, so the client may try again with the same key.
alter table dossier.submission add column state varchar(10) not null default 'DONE' check (state in ('RUNNING', 'DONE'));
alter table dossier.submission alter column state drop default;
alter table dossier.submission add constraint submission_done_has_dossier
    check (state = 'RUNNING' or dossier_id is not null);
