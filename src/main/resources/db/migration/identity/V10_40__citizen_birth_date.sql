-- A citizen's date of birth, as the national e-ID vouches for it (claim "birthdate"): the online forms are
-- pre-filled with it (identity.CitizenProfiles). Accounts registered with a password have none until their holder
-- signs in through the e-ID.
alter table identity.account add column birth_date date;
-- The last time an identity provider vouched for the account's own CCCD number (and so for name and birth date)
alter table identity.account add column identity_vouched_at timestamptz;
