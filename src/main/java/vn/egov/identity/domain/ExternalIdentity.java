package vn.egov.identity.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import vn.egov.identity.AccountId;

/** Links an account to a subject at an OpenID Connect provider (the national e-ID, a provincial SSO). */
@Entity
@Table(schema = "identity", name = "external_identity")
public class ExternalIdentity {

    @EmbeddedId
    private Key key;

    private UUID accountId;
    private Instant linkedAt;

    protected ExternalIdentity() {}

    public ExternalIdentity(String issuer, String subject, AccountId account, Instant linkedAt) {
        this.key = new Key(issuer, subject);
        this.accountId = account.value();
        this.linkedAt = linkedAt;
    }

    public AccountId account() {
        return new AccountId(accountId);
    }

    @Embeddable
    public record Key(String issuer, String subject) implements Serializable {}
}
