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
