create schema if not exists catalogue;

-- A procedure is identified by its national code; what it says is versioned: a dossier keeps the version it was
-- received under, and the catalogue shows each version for the period it was in force [valid_from, valid_to).
create table catalogue.procedure (
    id         uuid primary key,
    code       varchar(40) not null unique,
    created_at timestamptz not null
);

create table catalogue.procedure_version (
    id              uuid primary key,
    procedure_id    uuid         not null references catalogue.procedure (id),
    code            varchar(40)  not null,
    version_no      int          not null,
    status          varchar(20)  not null,
    valid_from      date,
    valid_to        date,
    -- what lists and filters need, copied out of the content document
    name_vi         varchar(500) not null,
    name_en         varchar(500) not null,
    level           varchar(20)  not null,
    field_code      varchar(60)  not null,
    field_vi        varchar(200) not null,
    field_en        varchar(200) not null,
    agency_key      varchar(80)  not null,
    agency_vi       varchar(300) not null,
    agency_en       varchar(300) not null,
    processing_days numeric(6, 1) not null,
    online_level    varchar(20)  not null,
    -- the whole version: fields of the national database of administrative procedures (ProcedureContent)
    content         jsonb        not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    published_at    timestamptz,
    published_by    varchar(200),
    constraint procedure_version_number unique (procedure_id, version_no),
    constraint procedure_version_status check (status in ('DRAFT', 'PUBLISHED')),
    constraint procedure_version_published_dated check (status <> 'PUBLISHED' or valid_from is not null),
    constraint procedure_version_period check (valid_to is null or valid_from is null or valid_to > valid_from)
);
create index procedure_version_by_code on catalogue.procedure_version (code, status, valid_from);
-- at most one draft per procedure
create unique index procedure_version_one_draft on catalogue.procedure_version (procedure_id) where status = 'DRAFT';
