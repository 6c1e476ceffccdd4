-- Platform tables shared by every module: HTTP sessions (Spring Session JDBC, so any node serves any user)
-- and the event publication registry (Spring Modulith's transactional outbox).
create schema if not exists platform;

create table platform.http_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint http_session_pk primary key (primary_id)
);
create unique index http_session_ix1 on platform.http_session (session_id);
create index http_session_ix2 on platform.http_session (expiry_time);
create index http_session_ix3 on platform.http_session (principal_name);

create table platform.http_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint http_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint http_session_attributes_fk foreign key (session_primary_id)
        references platform.http_session (primary_id) on delete cascade
);

create table platform.event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on platform.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on platform.event_publication (completion_date);

create table platform.event_publication_archive (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_archive_serialized_event_hash_idx on platform.event_publication_archive using hash (serialized_event);
create index event_publication_archive_by_completion_date_idx on platform.event_publication_archive (completion_date);
