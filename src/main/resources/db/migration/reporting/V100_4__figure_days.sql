-- The province's figures (no unit asked) read the days at a period's edges for every unit: by day, not by unit
-- first as the primary keys are ordered (issue 15's benchmark: a seq scan of millions of daily counts otherwise).
create index unit_day_figure_day on reporting.unit_day_figure (day);
create index daily_figure_day on reporting.daily_figure (day);
