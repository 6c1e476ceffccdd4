-- The tasks waiting in each pool, one row per (pool, task), so that the first page of a pool is an index range
-- scan (pool, soonest due first) however many other tasks the agency has (ADR 0013). Only unheld, running tasks.
create table dossier.work_pool (
    pool        text        not null,
    task_key    varchar(64) not null references dossier.work_item (task_key) on delete cascade,
    sort_due_at timestamptz,
    created_at  timestamptz not null,
    primary key (pool, task_key)
);
create index work_pool_page on dossier.work_pool (pool, sort_due_at, created_at);
