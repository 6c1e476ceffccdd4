-- The electronic result's first download by each API client (the applicant's channel: the portal or LGSP that
-- submitted for them). One row per result file and client, written once, so a repeated download adds nothing.
create table dossier.result_download (
    paper_id      uuid         not null references dossier.paper (id),
    client        varchar(200) not null,
    dossier_id    uuid         not null references dossier.dossier (id),
    downloaded_at timestamptz  not null,
    primary key (paper_id, client)
);
create index result_download_dossier on dossier.result_download (dossier_id);
