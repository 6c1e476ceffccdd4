create schema if not exists notice;

-- The notices sent to applicants about their dossiers (issue 13), one row per channel: what was sent to whom and
-- when, with the address masked (enough for a clerk to see "the mail went to a***@example.vn", not a list of
-- addresses). A row is written right after its message left, and a notice already in the table is not sent again:
-- the event publication registry may deliver the same DossierChanged twice (a retry after a partial failure, a
-- restart), and a step may legitimately repeat (a second supplement round), hence the occurrence: the n-th time
-- this step was taken on this dossier.
create table notice.sent_notice (
    id          bigint generated always as identity primary key,
    dossier_id  uuid         not null,
    step        varchar(30)  not null,
    occurrence  int          not null check (occurrence >= 1),
    channel     varchar(10)  not null check (channel in ('EMAIL', 'SMS')),
    recipient   varchar(200) not null,
    sent_at     timestamptz  not null,
    template    varchar(100) not null,
    constraint sent_notice_once unique (dossier_id, step, occurrence, channel)
);
comment on column notice.sent_notice.recipient is 'masked: a***@example.vn, 09******78';

-- A record of what was sent: the application may add and read, never rewrite or remove.
select platform.keep_read_and_insert_only('notice.sent_notice');
