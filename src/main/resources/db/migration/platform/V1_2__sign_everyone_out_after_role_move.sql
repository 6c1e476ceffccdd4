-- Signed-in users' sessions hold their roles as serialized Java objects; the role type moved from the identity
-- module to shared, so sessions written before cannot be read back. Everyone signs in again once.
delete from platform.http_session;
