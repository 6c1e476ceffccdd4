-- The daily counts summed at coarser grains (issue 15, the benchmark over ten million dossiers): per unit and
-- day, per unit and month, per unit, procedure and month. A period's figure reads whole months from the monthly
-- sums and only the days at either end from the daily ones, so five years are sixty rows per unit and metric, not
-- eighteen hundred per procedure. Kept in the same transaction as the daily counts, by the same upserts.
create table reporting.unit_day_figure (
    unit_id uuid        not null,
    day     date        not null,
    metric  varchar(30) not null,
    value   bigint      not null,
    primary key (unit_id, day, metric)
);

create table reporting.unit_month_figure (
    unit_id uuid        not null,
    month   date        not null check (extract(day from month) = 1),
    metric  varchar(30) not null,
    value   bigint      not null,
    primary key (unit_id, month, metric)
);

create table reporting.procedure_month_figure (
    unit_id        uuid        not null,
    month          date        not null check (extract(day from month) = 1),
    procedure_code varchar(40) not null,
    metric         varchar(30) not null,
    value          bigint      not null,
    primary key (unit_id, month, procedure_code, metric)
);

insert into reporting.unit_day_figure (unit_id, day, metric, value)
select unit_id, day, metric, sum(value) from reporting.daily_figure group by unit_id, day, metric;

insert into reporting.unit_month_figure (unit_id, month, metric, value)
select unit_id, date_trunc('month', day)::date, metric, sum(value) from reporting.daily_figure
group by unit_id, date_trunc('month', day), metric;

insert into reporting.procedure_month_figure (unit_id, month, procedure_code, metric, value)
select unit_id, date_trunc('month', day)::date, procedure_code, metric, sum(value) from reporting.daily_figure
group by unit_id, date_trunc('month', day), procedure_code, metric;
