create schema if not exists portal;

-- A citizen's online application before it is submitted (issue 14), kept on the server so it can be finished on
-- another device: the form's data as typed, the papers chosen for the procedure's required papers (a file kept in
-- the file store by its SHA-256, or a document of the citizen's own data store), and the idempotency key the
-- submission will carry, made with the draft so a repeated submit answers with the same dossier.
create table portal.draft (
    id                uuid primary key,
    account_id        uuid         not null,
    procedure_code    varchar(60)  not null,
    procedure_name_vi varchar(1000) not null,
    procedure_name_en varchar(1000),
    form_data         text         not null default '{}',
    papers            text         not null default '[]',
    -- the desk chosen by the citizen, for a procedure any desk of its level receives (agency code)
    receiving_unit    varchar(60),
    idempotency_key   varchar(64)  not null,
    dossier_code      varchar(60),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null
);
create index draft_by_account on portal.draft (account_id, updated_at desc);
