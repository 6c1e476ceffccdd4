package vn.egov.identity;

import java.util.Optional;

/**
 * What an account says about the person or business holding it, for modules that act for that person (the portal
 * pre-fills an online form with it; the one-stop shop takes the applicant's CCCD number from it, never from what the
 * browser sends). Read at each call, so a profile just updated counts at once.
 */
public interface AccountProfiles {

    /** The profile of a citizen's or a business's account; empty for an official or an unknown account. */
    Optional<AccountProfile> profileOf(AccountId account);

    /**
     * A citizen's or business's own data as the account holds it; any part may be {@code null} (an account made by
     * the national e-ID may have no phone yet). The account holds no birth date.
     *
     * @param citizenId the CCCD number of a citizen's account
     * @param taxCode the tax code of a business's account
     */
    record AccountProfile(
            AccountId account,
            AccountKind kind,
            String fullName,
            String citizenId,
            String taxCode,
            String organisationName,
            String phone,
            String email,
            String address) {}
}
