-- The applicant's own data store (Circular 01/2023/TT-VPCP; Decision 766, group 4): the digitized papers they
-- brought and the electronic results they were issued, kept by the file's SHA-256 and offered for reuse in later
-- dossiers, so a paper once digitized is not asked for again. An applicant is their kind and ID number (CCCD or
-- tax code); only their own documents are ever offered or accepted.
create table dossier.applicant_document (
    id                  uuid primary key,
    applicant_kind      varchar(20)  not null,
    applicant_id_number varchar(20)  not null,
    name                varchar(500) not null,
    name_key            varchar(500) not null,
    kind                varchar(10)  not null check (kind in ('PAPER', 'RESULT')),
    file_sha256         varchar(64)  not null,
    file_name           varchar(255),
    media_type          varchar(100) not null,
    size_bytes          bigint       not null,
    source_dossier_id   uuid         not null references dossier.dossier (id),
    source_paper_id     uuid         not null references dossier.paper (id),
    issued_at           timestamptz  not null,
    valid_until         date,
    -- the same file kept once per applicant and name, however many dossiers brought it
    unique (applicant_kind, applicant_id_number, name_key, file_sha256)
);
comment on column dossier.applicant_document.name_key is 'the name in lower case without diacritics, matched against a procedure''s required papers';
create index applicant_document_owner on dossier.applicant_document (applicant_kind, applicant_id_number, name_key);

comment on column dossier.paper.reused_from is 'the applicant_document this paper reuses (no new upload), or null';
create index paper_reused on dossier.paper (added_at) where reused_from is not null;
