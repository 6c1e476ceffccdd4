-- Copied out of each version's content document (issue 12): the org unit of the identity directory that processes
-- the procedure's dossiers (null: the unit that receives it, e.g. any commune), and what the legal time does while
-- an applicant completes a dossier. Versions written before read as PAUSE, which is what the one-stop shop applied.
alter table catalogue.procedure_version
    add column implementing_unit_id uuid,
    add column supplement_policy    varchar(10) not null default 'PAUSE',
    add constraint procedure_version_supplement_policy check (supplement_policy in ('PAUSE', 'RESTART'));

-- which procedures a unit processes (routing, the unit's own list)
create index procedure_version_by_implementing_unit on catalogue.procedure_version (implementing_unit_id)
    where implementing_unit_id is not null;
