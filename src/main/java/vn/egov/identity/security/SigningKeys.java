package vn.egov.identity.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA keys access tokens are signed with, kept in the database ({@code identity.api_signing_key}) so that every
 * node signs with the same key and accepts every other node's tokens, and a restart does not void the tokens
 * already issued. The first node to start without one creates it, under a transaction-scoped advisory lock so two
 * nodes starting at once do not make two. The newest key signs; every stored key verifies (room for a rotation).
 */
final class SigningKeys {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SigningKeys(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The stored keys, newest first, creating the first one when there is none. */
    JWKSet load() {
        List<JWK> keys = transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('identity.api_signing_key'))")
                    .query()
                    .singleValue();
            List<JWK> stored = stored();
            if (stored.isEmpty()) {
                create();
                stored = stored();
            }
            return stored;
        });
        return new JWKSet(keys);
    }

    private List<JWK> stored() {
        return jdbc.sql("select kid, private_key, public_key from identity.api_signing_key order by created_at desc")
                .query((rs, row) -> (JWK) rsaKey(rs.getString(1), rs.getBytes(2), rs.getBytes(3)))
                .list();
    }

    private void create() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            var pair = generator.generateKeyPair();
            jdbc.sql("insert into identity.api_signing_key (kid, private_key, public_key, created_at)"
                            + " values (:kid, :private, :public, :at)")
                    .param("kid", UUID.randomUUID().toString())
                    .param("private", pair.getPrivate().getEncoded())
                    .param("public", pair.getPublic().getEncoded())
                    .param("at", java.sql.Timestamp.from(clock.instant()))
                    .update();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has RSA", impossible);
        }
    }

    private static RSAKey rsaKey(String kid, byte[] privateKey, byte[] publicKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            return new RSAKey.Builder((RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey)))
                    .privateKey((RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
                    .keyID(kid)
                    .build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException broken) {
            throw new IllegalStateException("the stored signing key " + kid + " cannot be read", broken);
        }
    }
}
