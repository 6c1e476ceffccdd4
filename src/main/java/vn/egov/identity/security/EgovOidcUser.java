package vn.egov.identity.security;

import java.io.Serial;
import java.util.List;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import vn.egov.identity.AccountId;
import vn.egov.identity.AccountKind;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.SignedInUser;

/** A citizen signed in through an OpenID Connect provider, seen as our own account. */
final class EgovOidcUser extends DefaultOidcUser implements SignedInUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountId accountId;
    private final AccountKind kind;
    private final String displayName;
    private final String loginName;

    EgovOidcUser(
            AccountId accountId,
            AccountKind kind,
            String displayName,
            String loginName,
            OidcIdToken idToken,
            OidcUserInfo userInfo) {
        super(EgovUser.authoritiesFor(kind, List.of()), idToken, userInfo);
        this.accountId = accountId;
        this.kind = kind;
        this.displayName = displayName;
        this.loginName = loginName;
    }

    @Override
    public String getName() {
        return accountId.toString();
    }

    @Override
    public AccountId accountId() {
        return accountId;
    }

    @Override
    public AccountKind kind() {
        return kind;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String loginName() {
        return loginName;
    }

    @Override
    public List<RoleInUnit> roles() {
        return List.of();
    }
}
