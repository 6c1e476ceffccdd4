-- The tracking book (form 07) and the desk's lists read a desk's dossiers by the time they were received.
create index dossier_receiving_unit_received on dossier.dossier (receiving_unit_id, received_at);
