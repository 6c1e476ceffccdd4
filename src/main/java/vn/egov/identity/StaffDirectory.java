package vn.egov.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The duties officials hold, for modules that route work to a role in a unit (the workflow's task candidates, a
 * hand-over to a colleague). Read from the directory at each call, so a role taken away counts at once.
 */
public interface StaffDirectory {

    /** The roles the account holds in each org unit; empty for a citizen or an unknown account. */
    List<RoleInUnit> dutiesOf(AccountId official);

    /**
     * The duties held in these units by officials whose account is active (a disabled colleague cannot be handed
     * work), for choosing whom to hand a task to.
     */
    List<StaffDuty> dutiesIn(Collection<OrgUnitId> units);

    /** The names of these accounts, for lists that show who wrote or holds something; unknown ids are left out. */
    Map<AccountId, String> namesOf(Collection<AccountId> accounts);

    /**
     * An active official as the other modules see a signed-in one, found by username, without any sign-in. Used
     * only to seed the demo's dossiers (which go through the one-stop shop's services as the demo officials) and
     * by tests; never by a request, where the signed-in person comes from the session.
     */
    Optional<SignedInUser> actingOfficial(String username);
}
