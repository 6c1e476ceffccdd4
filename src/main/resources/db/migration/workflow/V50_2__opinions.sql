-- What officials wrote when they ended a step of a dossier's processing (ý kiến xử lý), with how they ended it:
-- the dossier page and the processing control slip list them. Kept beside the engine's tables (schema workflow,
-- created by V50_1), so a step and its opinion are written in the same transaction. A record of who decided
-- what: the application may add and read opinions, never rewrite or remove them.
create table workflow.opinion (
    -- the order they were written in, also when two share an instant
    seq          bigint generated always as identity primary key,
    case_key     varchar(100)  not null,
    task_id      varchar(64)   not null,
    step_key     varchar(255)  not null,
    step_name_vi varchar(500)  not null,
    step_name_en varchar(500)  not null,
    author_id    uuid          not null,
    outcome      varchar(20)   not null check (outcome in ('FORWARD', 'SEND_BACK', 'REFUSE')),
    text         varchar(4000) not null,
    written_at   timestamptz   not null
);
create index opinion_by_case on workflow.opinion (case_key, seq);

select platform.keep_read_and_insert_only('workflow.opinion');
