create schema if not exists dossier;

-- A dossier of an administrative procedure (hồ sơ), from submission or receipt to the returned result. Its
-- status is the national TrangThaiHoSo code (1-10); its code is given at submission (online) or receipt (desk).
create table dossier.dossier (
    id                     uuid primary key,
    code                   varchar(40) unique,
    status                 smallint     not null check (status between 1 and 10),
    channel                smallint     not null check (channel between 1 and 3),
    result_delivery        varchar(10)  not null,
    procedure_code         varchar(40)  not null,
    procedure_version_id   uuid         not null,
    procedure_name_vi      varchar(500) not null,
    procedure_name_en      varchar(500) not null,
    receiving_unit_id      uuid         not null,
    processing_agency_id   uuid,
    applicant_kind         varchar(20)  not null,
    applicant_id_number    varchar(20)  not null,
    applicant_name         varchar(300) not null,
    applicant_phone        varchar(30),
    applicant_email        varchar(200),
    applicant_address      varchar(500),
    representative_name    varchar(300),
    representative_id      varchar(20),
    applicant_account_id   uuid,
    form_data              jsonb,
    processing_days        numeric(6, 1) not null,
    supplement_policy      varchar(10)  not null,
    submitted_at           timestamptz  not null,
    received_at            timestamptz,
    received_by            uuid,
    due_at                 timestamptz,
    promised_at            timestamptz,
    paused_at              timestamptz,
    finished_at            timestamptz,
    outcome                varchar(20),
    returned_at            timestamptz,
    closing_reason         varchar(2000),
    supplement_rounds      int          not null default 0,
    fee_amount             bigint       not null default 0,
    fee_paid_at            timestamptz,
    rating                 varchar(20),
    rating_comment         varchar(2000),
    rated_at               timestamptz,
    updated_at             timestamptz  not null,
    version                bigint       not null default 0
);
comment on column dossier.dossier.due_at is 'the appointment computed from the legal time (null while the clock is paused)';
comment on column dossier.dossier.promised_at is 'the new date promised in an apology letter (form 04); lateness is still measured against due_at';

create index dossier_receiving_unit_status on dossier.dossier (receiving_unit_id, status);
create index dossier_processing_agency_status on dossier.dossier (processing_agency_id, status);
create index dossier_applicant on dossier.dossier (applicant_id_number);
create index dossier_applicant_account on dossier.dossier (applicant_account_id) where applicant_account_id is not null;

-- Stretches during which the deadline's clock stood still (supplement requests and payments awaited).
create table dossier.clock_pause (
    dossier_id uuid        not null references dossier.dossier (id),
    paused_at  timestamptz not null,
    resumed_at timestamptz,
    primary key (dossier_id, paused_at)
);

-- The papers of a dossier: what was received with it, supplements, and the result.
create table dossier.paper (
    id              uuid primary key,
    dossier_id      uuid         not null references dossier.dossier (id),
    purpose         varchar(20)  not null,
    required_index  int,
    name            varchar(500) not null,
    originals       int          not null default 0,
    copies          int          not null default 0,
    file_sha256     varchar(64),
    file_name       varchar(255),
    media_type      varchar(100),
    size_bytes      bigint,
    digitized       boolean      not null default false,
    reused_from     uuid,
    added_at        timestamptz  not null,
    added_by        uuid
);
create index paper_dossier on dossier.paper (dossier_id);

-- Every step of every dossier: who, when, from which status to which, on which step, with the note.
create table dossier.history (
    id           bigserial primary key,
    dossier_id   uuid         not null references dossier.dossier (id),
    at           timestamptz  not null,
    action       varchar(30)  not null,
    from_status  smallint,
    to_status    smallint     not null,
    actor_id     uuid,
    actor_name   varchar(300) not null,
    unit_id      uuid,
    step_name    varchar(300),
    note         varchar(4000)
);
create index history_dossier on dossier.history (dossier_id, at);

-- The daily counter of each receiving unit behind dossier codes: one row per unit and day, incremented
-- atomically (insert ... on conflict do update ... returning), so codes are unique across nodes.
create table dossier.code_counter (
    unit_code varchar(20) not null,
    day       date        not null,
    last      int         not null,
    primary key (unit_code, day)
);

-- Open internal tasks, mirrored from the process engine with what an inbox filters and sorts on.
create table dossier.work_item (
    task_key             varchar(64) primary key,
    dossier_id           uuid         not null references dossier.dossier (id),
    step_key             varchar(100) not null,
    step_name_vi         varchar(300) not null,
    step_name_en         varchar(300) not null,
    candidate_agency_id  uuid         not null,
    candidate_roles      varchar(200) not null,
    holder_id            uuid,
    created_at           timestamptz  not null,
    due_at               timestamptz
);
create index work_item_pool on dossier.work_item (candidate_agency_id, created_at);
create index work_item_holder on dossier.work_item (holder_id, created_at) where holder_id is not null;
create index work_item_dossier on dossier.work_item (dossier_id);

-- Submissions with an Idempotency-Key: the same key and body answer with the first dossier.
create table dossier.submission (
    client          varchar(200) not null,
    idempotency_key varchar(200) not null,
    body_sha256     varchar(64)     not null,
    dossier_id      uuid,
    created_at      timestamptz  not null,
    primary key (client, idempotency_key)
);
