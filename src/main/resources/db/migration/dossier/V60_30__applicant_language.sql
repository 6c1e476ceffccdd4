-- The language the applicant reads the notices in (issue 13: templates in Vietnamese and English); everyone before
-- this column was taken in Vietnamese.
alter table dossier.dossier
    add column applicant_language varchar(2) not null default 'vi'
        constraint dossier_applicant_language check (applicant_language in ('vi', 'en'));
