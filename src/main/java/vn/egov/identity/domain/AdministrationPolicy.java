package vn.egov.identity.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import vn.egov.identity.AccountId;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.RoleInUnit;
import vn.egov.shared.Refused;
import vn.egov.shared.Role;

/**
 * Who may administer whom: the one place that says which duties an administrator may grant or revoke, in which
 * units, and whose accounts they may manage. Every administration command asks it before changing anything, and
 * the pages offer only what it allows.
 *
 * <ul>
 *   <li>A province administrator grants and revokes every duty, in every unit, and manages every official.
 *   <li>An agency administrator works only in the units of their agency (the units they administer and those
 *       below), and only with the duties below their own: one-stop clerk, specialist, division head, agency
 *       leader. Making someone an administrator is the province's decision, so an agency administrator can neither
 *       create a peer nor promote anyone above themselves. They manage the account (unlock, disable, second factor,
 *       temporary password) only of an official whose duties all lie in their agency and below them, so that no
 *       agency administrator can take over a province administrator's account or another agency's official.
 *   <li>Nobody administers themselves: a grant to oneself is how a compromised or curious administrator would
 *       raise their own rights, and removing one's own second factor is how they would weaken them.
 * </ul>
 */
public final class AdministrationPolicy {

    private static final Set<Role> BELOW_AGENCY_ADMIN =
            EnumSet.of(Role.ONE_STOP_CLERK, Role.SPECIALIST, Role.DIVISION_HEAD, Role.AGENCY_LEADER);

    private final AccountId administrator;
    private final boolean wholeProvince;
    private final Set<OrgUnitId> units;

    private AdministrationPolicy(AccountId administrator, boolean wholeProvince, Set<OrgUnitId> units) {
        this.administrator = administrator;
        this.wholeProvince = wholeProvince;
        this.units = Set.copyOf(units);
    }

    /** A province administrator: everything but themselves. */
    public static AdministrationPolicy ofProvinceAdmin(AccountId administrator) {
        return new AdministrationPolicy(administrator, true, Set.of());
    }

    /**
     * An agency administrator (or an official who administers nothing, with no units).
     *
     * @param units the units of the agencies they administer, those units included
     */
    public static AdministrationPolicy ofAgencyAdmin(AccountId administrator, Collection<OrgUnitId> units) {
        return new AdministrationPolicy(administrator, false, Set.copyOf(units));
    }

    public boolean wholeProvince() {
        return wholeProvince;
    }

    /** The units administered, when not the whole province. */
    public Set<OrgUnitId> units() {
        return units;
    }

    public boolean covers(OrgUnitId unit) {
        return wholeProvince || units.contains(unit);
    }

    /** The duties this administrator may grant and revoke, in the order the pages list them. */
    public Set<Role> grantableRoles() {
        if (wholeProvince) {
            return Role.duties();
        }
        return units.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(BELOW_AGENCY_ADMIN);
    }

    /** Whether the official belongs to this administrator's agency: they hold at least one duty in it. */
    public boolean maySee(Collection<RoleInUnit> heldByOfficial) {
        return wholeProvince || heldByOfficial.stream().anyMatch(r -> covers(r.orgUnit()));
    }

    /**
     * Whether the administrator may give the official this duty: an official of their agency (an agency
     * administrator does not pull in another agency's people), a duty they may grant, in a unit of theirs.
     */
    public boolean mayGrant(AccountId official, Collection<RoleInUnit> heldByOfficial, RoleInUnit role) {
        return !official.equals(administrator)
                && maySee(heldByOfficial)
                && grantableRoles().contains(role.role())
                && covers(role.orgUnit());
    }

    /** The same as granting: what one may not hand out, one may not take away either. */
    public boolean mayRevoke(AccountId official, Collection<RoleInUnit> heldByOfficial, RoleInUnit role) {
        return mayGrant(official, heldByOfficial, role);
    }

    /**
     * Whether this administrator may act on the official's account as a whole: unlock, disable, enable, reset the
     * second factor, set a temporary password, resend the activation link.
     */
    public boolean mayManageAccount(AccountId official, Collection<RoleInUnit> heldByOfficial) {
        if (official.equals(administrator)) {
            return false;
        }
        if (wholeProvince) {
            return true;
        }
        return !heldByOfficial.isEmpty()
                && heldByOfficial.stream()
                        .allMatch(r -> covers(r.orgUnit()) && grantableRoles().contains(r.role()));
    }

    /** Whether the administrator may create an official with this first duty. */
    public boolean mayCreateWith(RoleInUnit firstRole) {
        return grantableRoles().contains(firstRole.role()) && covers(firstRole.orgUnit());
    }

    public void requireSee(Collection<RoleInUnit> heldByOfficial) {
        if (!maySee(heldByOfficial)) {
            throw new Refused("official.error.notInScope");
        }
    }

    public void requireGrant(AccountId official, Collection<RoleInUnit> heldByOfficial, RoleInUnit role) {
        refuseSelf(official);
        requireSee(heldByOfficial);
        refuseUnit(role.orgUnit());
        if (!mayGrant(official, heldByOfficial, role)) {
            throw new Refused("official.error.roleNotGrantable");
        }
    }

    public void requireRevoke(AccountId official, Collection<RoleInUnit> heldByOfficial, RoleInUnit role) {
        refuseSelf(official);
        requireSee(heldByOfficial);
        refuseUnit(role.orgUnit());
        if (!mayRevoke(official, heldByOfficial, role)) {
            throw new Refused("official.error.roleNotGrantable");
        }
    }

    public void requireManageAccount(AccountId official, Collection<RoleInUnit> heldByOfficial) {
        refuseSelf(official);
        if (!mayManageAccount(official, heldByOfficial)) {
            throw new Refused("official.error.notInScope");
        }
    }

    public void requireCreateWith(RoleInUnit firstRole) {
        refuseUnit(firstRole.orgUnit());
        if (!mayCreateWith(firstRole)) {
            throw new Refused("official.error.roleNotGrantable");
        }
    }

    private void refuseSelf(AccountId official) {
        if (official.equals(administrator)) {
            throw new Refused("official.error.self");
        }
    }

    private void refuseUnit(OrgUnitId unit) {
        if (!covers(unit)) {
            throw new Refused("official.error.outOfScope");
        }
    }
}
