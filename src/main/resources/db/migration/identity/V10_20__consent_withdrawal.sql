-- When a citizen or business withdrew their consent to the processing of their personal data (Decree 13/2023/NĐ-CP,
-- Art. 12); the account is closed from then on. The moment of consent itself stays: it was given, then withdrawn.
alter table identity.account add column consent_withdrawn_at timestamptz;
