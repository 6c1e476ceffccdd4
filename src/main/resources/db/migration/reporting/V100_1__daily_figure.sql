create schema if not exists reporting;

-- The statistics' read model (issue 15). Each dossier's contributions to the daily counts, as its facts gave them
-- the last time it changed: replacing them by the new ones (in one transaction, with this row locked) is how the
-- counts stay right when an event is delivered twice or late. Unit and procedure are kept with them so a
-- dossier that moves to another unit takes its counts along.
create table reporting.dossier_contribution (
    dossier_id     uuid        primary key,
    unit_id        uuid        not null,
    procedure_code varchar(40) not null,
    contributions  text        not null,
    updated_at     timestamptz not null
);
comment on column reporting.dossier_contribution.contributions is 'METRIC:yyyy-mm-dd:weight, separated by spaces';

-- One count per receiving unit, procedure, day and metric: any period's figure is a sum over its days.
create table reporting.daily_figure (
    unit_id        uuid        not null,
    day            date        not null,
    procedure_code varchar(40) not null,
    metric         varchar(30) not null,
    value          bigint      not null,
    primary key (unit_id, day, procedure_code, metric)
);
