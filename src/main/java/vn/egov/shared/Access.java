package vn.egov.shared;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Who may follow a route or see a link: everyone, anyone signed in, or holders of one of some roles. */
public sealed interface Access {

    /** Whether a person holding these roles (empty and not signed in: a visitor) is admitted. */
    boolean admits(boolean signedIn, Collection<Role> held);

    static Access everyone() {
        return new Everyone();
    }

    static Access signedIn() {
        return new SignedIn();
    }

    static AnyOf anyOf(Role first, Role... more) {
        return new AnyOf(EnumSet.of(first, more));
    }

    /** Other systems holding an access token with this scope (OAuth2 client credentials). */
    static ClientScope clientScope(String scope) {
        return new ClientScope(scope);
    }

    /** Visitors too: public pages and the public API. */
    record Everyone() implements Access {
        @Override
        public boolean admits(boolean signedIn, Collection<Role> held) {
            return true;
        }
    }

    /** Any signed-in person, whatever their roles: their own account pages. */
    record SignedIn() implements Access {
        @Override
        public boolean admits(boolean signedIn, Collection<Role> held) {
            return signedIn;
        }
    }

    /**
     * An API client whose bearer token carries the scope ({@code dossier.submit}, …). A person signed in with a
     * session never is one, whatever their roles: the rule is decided on the token's scopes (identity.security).
     */
    record ClientScope(String scope) implements Access {
        public ClientScope {
            if (scope == null || scope.isBlank()) {
                throw new IllegalArgumentException("a client scope has a name");
            }
        }

        @Override
        public boolean admits(boolean signedIn, Collection<Role> held) {
            return false;
        }
    }

    /** Holders of at least one of these roles. */
    record AnyOf(Set<Role> roles) implements Access {
        public AnyOf {
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("an access rule for roles names at least one role");
            }
            roles = Set.copyOf(roles);
        }

        @Override
        public boolean admits(boolean signedIn, Collection<Role> held) {
            return signedIn && held.stream().anyMatch(roles::contains);
        }
    }
}
