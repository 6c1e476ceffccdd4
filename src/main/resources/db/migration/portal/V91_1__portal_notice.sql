create schema if not exists portal;

-- The notices in the portal (the bell): one row per applicant-facing step of a dossier submitted with an account.
-- Written by the listener of the one-stop shop's DossierChanged, which the event publication registry may deliver
-- more than once (a retry, a restart): a step is known by its dossier, its action and its moment, so a
-- redelivered event finds its row and adds none.
create table portal.notice (
    id                bigint generated always as identity primary key,
    account_id        uuid         not null,
    dossier_id        uuid         not null,
    dossier_code      varchar(40),
    procedure_name_vi text         not null,
    procedure_name_en text,
    step              varchar(30)  not null,
    status            varchar(30)  not null,
    happened_at       timestamptz  not null,
    read_at           timestamptz,
    constraint notice_once unique (dossier_id, step, happened_at)
);

-- The bell asks on every page of a signed-in citizen: one count over this partial index.
create index notice_unread on portal.notice (account_id) where read_at is null;
-- The notices page: a person's notices, newest first.
create index notice_by_account on portal.notice (account_id, happened_at desc);
