package vn.egov.identity.application;

import java.util.List;
import vn.egov.identity.AccountId;
import vn.egov.identity.domain.AccountStatus;

/** One line of the officials list: who, and the duties they hold where. */
public record OfficialSummary(
        AccountId id, String username, String fullName, AccountStatus status, List<HeldRole> roles) {}
