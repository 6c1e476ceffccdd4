-- The inbox asks the engine for an official's tasks in two parts (FlowableWorkflows.inbox): those they hold and
-- those of their pools, oldest first, the first 500 of each. The engine's tables have no index on the holder: with
-- 100,000 open tasks in an agency the first part read every task (docs/benchmarks.md, "The one-stop shop").
create index act_idx_task_assignee_create on workflow.act_ru_task (assignee_, create_time_);
