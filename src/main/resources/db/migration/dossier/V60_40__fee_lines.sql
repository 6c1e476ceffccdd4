-- The fee lines an online applicant chose (issue 14: a procedure with several rates of one kind — standard, reduced,
-- exempt — lets the applicant say which applies): their positions in the procedure version's fees, comma-separated.
-- Null for dossiers no one chose for (received at the desk, or submitted before): the standard lines.
alter table dossier.dossier
    add column fee_lines varchar(200);
