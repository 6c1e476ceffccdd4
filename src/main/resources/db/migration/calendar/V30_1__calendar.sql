create schema if not exists calendar;

-- Decisions recorded by administrators on top of the Labour Code's rules: each year's placement of Tết and
-- swapped Saturdays (announced by the government for public servants), and the province's own days off.
create table calendar.day_decision (
    id           uuid primary key,
    day          date         not null unique,
    type         varchar(20)  not null,
    kind         varchar(30),
    name_vi      varchar(200),
    name_en      varchar(200),
    decision_ref varchar(300) not null,
    recorded_at  timestamptz  not null,
    recorded_by  varchar(200) not null,
    constraint day_decision_type check (type in ('DAY_OFF', 'WORKING_DAY', 'CANCELLED_HOLIDAY')),
    constraint day_decision_kind check (type <> 'DAY_OFF' or kind is not null)
);
