package vn.egov.identity.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.egov.identity.AccountId;
import vn.egov.identity.AccountKind;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.SignedInUser;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.AccountStatus;

/**
 * The signed-in principal for password sign-in. Kept in the shared session store, so it holds only plain,
 * serializable values (never the JPA entity). {@link #getUsername()} is the account id: the session index uses
 * it to find all of one person's sessions.
 */
public final class EgovUser implements UserDetails, CredentialsContainer, SignedInUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountId accountId;
    private final AccountKind kind;
    private final String displayName;
    private final String loginName;
    private final AccountStatus status;
    private final List<RoleInUnit> roles;
    private final boolean secondFactorEnrolled;
    private final boolean passwordChangeRequired;
    private String passwordHash;

    EgovUser(Account account, List<RoleInUnit> roles, boolean passwordChangeRequired) {
        this.accountId = account.id();
        this.kind = account.kind();
        this.displayName = account.displayName();
        this.loginName = account.loginName();
        this.status = account.status();
        this.roles = List.copyOf(roles);
        this.secondFactorEnrolled = account.totpEnabled();
        this.passwordChangeRequired = passwordChangeRequired;
        this.passwordHash = account.passwordHash();
    }

    static Collection<GrantedAuthority> authoritiesFor(AccountKind kind, List<RoleInUnit> roles) {
        Set<String> names = new TreeSet<>();
        names.add(kind.role().authority());
        for (RoleInUnit role : roles) {
            names.add(role.role().authority());
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        names.forEach(n -> authorities.add(new SimpleGrantedAuthority(n)));
        return authorities;
    }

    /** Officials holding an administrator role must sign in with a second factor; others may choose to. */
    public boolean secondFactorRequired() {
        return secondFactorEnrolled || roles.stream().anyMatch(r -> r.role().requiresSecondFactor());
    }

    public boolean secondFactorEnrolled() {
        return secondFactorEnrolled;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    @Override
    public String loginName() {
        return loginName;
    }

    AccountStatus status() {
        return status;
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
    public List<RoleInUnit> roles() {
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesFor(kind, roles);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return accountId.toString();
    }

    /** Pauses after wrong passwords depend on where the next attempt comes from: see {@link PasswordCheck}. */
    @Override
    public boolean isAccountNonLocked() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return status == AccountStatus.ACTIVE;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EgovUser user && user.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "EgovUser[" + accountId + "]";
    }
}
