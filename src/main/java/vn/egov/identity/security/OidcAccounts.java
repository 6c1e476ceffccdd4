package vn.egov.identity.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.egov.identity.application.IdentityProviderAccounts;
import vn.egov.identity.domain.Account;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.RuleViolation;

/** Turns an OpenID Connect sign-in into one of our citizen accounts. */
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final IdentityProviderAccounts accounts;
    private final String citizenIdClaim;
    private final Clock clock;

    OidcAccounts(IdentityProviderAccounts accounts, String citizenIdClaim, Clock clock) {
        this.accounts = accounts;
        this.citizenIdClaim = citizenIdClaim;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        var claims = new IdentityProviderAccounts.Claims(
                user.getIssuer() == null
                        ? request.getClientRegistration().getRegistrationId()
                        : user.getIssuer().toString(),
                user.getSubject(),
                user.getFullName() != null ? user.getFullName() : user.getPreferredUsername(),
                user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()),
                user.getClaimAsString(citizenIdClaim),
                birthDate(user.getBirthdate()),
                user.getAddress() == null ? null : user.getAddress().getFormatted(),
                user.getPhoneNumber());
        Account account;
        try {
            account = accounts.signIn(claims, new Actor("oidc:" + user.getSubject(), clientIp(), clock.instant()));
        } catch (RuleViolation refused) {
            throw new OAuth2AuthenticationException(new OAuth2Error(refused.messageKey()), refused.messageKey());
        }
        return new EgovOidcUser(
                account.id(),
                account.kind(),
                account.displayName(),
                account.loginName() != null ? account.loginName() : "oidc:" + user.getSubject(),
                user.getIdToken(),
                user.getUserInfo());
    }

    /** The {@code birthdate} claim when it is a full date (OpenID Connect also allows a year alone, or none). */
    static LocalDate birthDate(String claim) {
        if (claim == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(claim.strip());
            return date.getYear() == 0 ? null : date;
        } catch (DateTimeParseException notAFullDate) {
            return null;
        }
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return ClientAddress.of(attributes.getRequest()).forAudit();
        }
        return null;
    }
}
