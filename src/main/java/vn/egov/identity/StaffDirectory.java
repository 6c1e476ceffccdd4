package vn.egov.identity;

import java.util.List;

/**
 * The duties officials hold, for modules that route work to a role in a unit (the workflow's task candidates, a
 * hand-over to a colleague). Read from the directory at each call, so a role taken away counts at once.
 */
public interface StaffDirectory {

    /** The roles the account holds in each org unit; empty for a citizen or an unknown account. */
    List<RoleInUnit> dutiesOf(AccountId official);
}
