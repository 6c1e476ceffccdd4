-- The RSA keys that sign the API's access tokens (OAuth2 client credentials), shared by every node so a token
-- issued by one is accepted by all and survives a restart. The newest signs; all verify. Created by the first node
-- that starts without one (identity.security.SigningKeys). PKCS#8 private key, X.509 public key.
create table identity.api_signing_key (
    kid         varchar(64) primary key,
    private_key bytea       not null,
    public_key  bytea       not null,
    created_at  timestamptz not null
);
