create schema if not exists identity;

-- Agencies and org units. The unit's identity is stable; what it is called, its code and its place in the tree
-- are effective-dated versions [valid_from, valid_to), so that renames, mergers and splits keep their history
-- (the 2025 reforms merged provinces and abolished the district level).
create table identity.org_unit (
    id         uuid primary key,
    created_at timestamptz not null
);

create table identity.org_unit_version (
    id         uuid primary key,
    org_unit_id uuid        not null references identity.org_unit (id),
    valid_from date         not null,
    valid_to   date,
    code       varchar(13)  not null,
    name_vi    varchar(300) not null,
    name_en    varchar(300) not null,
    short_name varchar(100),
    kind       varchar(40)  not null,
    parent_id  uuid references identity.org_unit (id),
    address    varchar(300),
    phone      varchar(30),
    email      varchar(254),
    constraint org_unit_version_period check (valid_to is null or valid_to > valid_from),
    constraint org_unit_version_start unique (org_unit_id, valid_from)
);
create index org_unit_version_by_unit on identity.org_unit_version (org_unit_id, valid_from);
create index org_unit_version_by_code on identity.org_unit_version (code);
create index org_unit_version_by_parent on identity.org_unit_version (parent_id);

create table identity.org_unit_succession (
    id             uuid primary key,
    predecessor_id uuid        not null references identity.org_unit (id),
    successor_id   uuid        not null references identity.org_unit (id),
    effective_on   date        not null,
    kind           varchar(20) not null,
    decision       varchar(200),
    constraint org_unit_succession_unique unique (predecessor_id, successor_id, effective_on)
);

-- One table for every kind of account: officials sign in with a username, citizens and businesses with their
-- e-mail, citizen ID number (CCCD) or tax code.
create table identity.account (
    id                    uuid primary key,
    kind                  varchar(20)  not null,
    status                varchar(30)  not null,
    username              varchar(100) unique,
    email                 varchar(254) unique,
    email_verified        boolean      not null default false,
    citizen_id            varchar(12) unique,
    tax_code              varchar(14) unique,
    full_name             varchar(200) not null,
    organisation_name     varchar(300),
    phone                 varchar(20),
    address               varchar(300),
    password_hash         varchar(255),
    password_changed_at   timestamptz,
    must_change_password  boolean      not null default false,
    failed_attempts       int          not null default 0,
    last_failed_at        timestamptz,
    locked_until          timestamptz,
    totp_secret           varchar(64),
    totp_enabled          boolean      not null default false,
    totp_last_step        bigint,
    preferred_locale      varchar(5),
    consented_at          timestamptz,
    consent_version       varchar(20),
    last_signed_in_at     timestamptz,
    created_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint account_login_present check (username is not null or email is not null or citizen_id is not null)
);

create table identity.external_identity (
    issuer     varchar(300) not null,
    subject    varchar(255) not null,
    account_id uuid         not null references identity.account (id),
    linked_at  timestamptz  not null,
    primary key (issuer, subject)
);

create table identity.role_assignment (
    id          uuid primary key,
    account_id  uuid        not null references identity.account (id),
    org_unit_id uuid        not null references identity.org_unit (id),
    role        varchar(30) not null,
    granted_at  timestamptz not null,
    granted_by  varchar(100),
    constraint role_assignment_unique unique (account_id, org_unit_id, role)
);
create index role_assignment_by_unit on identity.role_assignment (org_unit_id, role);

-- Single-use links sent by e-mail (verification, password reset, activation). Only a hash of the token is kept.
create table identity.account_token (
    id         uuid primary key,
    account_id uuid        not null references identity.account (id),
    purpose    varchar(30) not null,
    token_hash varchar(64) not null unique,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index account_token_by_account on identity.account_token (account_id, purpose);
