package vn.egov.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.AccountToken;
import vn.egov.identity.domain.TokenPurpose;
import vn.egov.identity.persistence.AccountTokens;

/** Issues single-use links and asks for them to be mailed; finds a link's token again. */
@Component
class Tokens {

    private final AccountTokens tokens;
    private final PublicUrl publicUrl;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tokens(AccountTokens tokens, PublicUrl publicUrl, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.publicUrl = publicUrl;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Revokes earlier unused links of the same purpose, so only the newest mail works. The link starts with the
     * configured public address, never the request's host (see {@link PublicUrl}).
     */
    void issueAndMail(Account account, TokenPurpose purpose, Duration lifetime, String language) {
        var now = clock.instant();
        tokens.findByAccountIdAndPurposeAndUsedAtIsNull(account.id().value(), purpose)
                .forEach(t -> t.revoke(now));
        AccountToken.Issued issued = AccountToken.issue(account.id(), purpose, now, lifetime);
        tokens.save(issued.token());
        String path = switch (purpose) {
            case EMAIL_VERIFICATION -> "/register/verify?token=";
            case PASSWORD_RESET -> "/password/reset?token=";
            case ACTIVATION -> "/password/activate?token=";
        };
        events.publishEvent(new LinkMailRequested(
                purpose,
                account.email(),
                account.displayName(),
                publicUrl.value() + path + issued.secret(),
                language,
                issued.token().expiresAt()));
    }

    Optional<AccountToken> usable(String secret, TokenPurpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(AccountToken.hash(secret))
                .filter(t -> t.purpose() == purpose)
                .filter(t -> t.usableAt(clock.instant()));
    }

    /** A link to a path of the platform at its configured public address (never the request's host). */
    String link(String path) {
        return publicUrl.value() + path;
    }
}
