-- The open tasks of each dossier as the dossier module keeps them for its inbox (the engine stays the truth of
-- routing; this list is rewritten in the same transaction as every step, so the two never disagree after a
-- commit). One query with filters, paging and indexes serves an inbox over 100,000 open dossiers.
-- V60_1 reserved a first shape of this table that nothing ever wrote to: it is replaced.
drop table if exists dossier.work_item;
create table dossier.work_item (
    task_key         varchar(64)  primary key,
    dossier_id       uuid         not null references dossier.dossier (id),
    step_name_vi     varchar(300) not null,
    step_name_en     varchar(300),
    -- the pools the task waits in, '<unit id>:<ROLE>' (Pool.key)
    pools            text[]       not null,
    holder           uuid,
    created_at       timestamptz  not null,
    step_due_at      timestamptz,
    -- the earlier of the step's and the dossier's due dates: what the inbox sorts by
    sort_due_at      timestamptz,
    suspended        boolean      not null default false,
    -- the applicant's name in lower case without diacritics, for the inbox's search
    applicant_folded varchar(300) not null default ''
);
create index work_item_of_dossier on dossier.work_item (dossier_id);
create index work_item_held on dossier.work_item (holder, sort_due_at) where holder is not null;
create index work_item_pools on dossier.work_item using gin (pools) where holder is null;
create index work_item_sort on dossier.work_item (sort_due_at, created_at) where holder is null;
