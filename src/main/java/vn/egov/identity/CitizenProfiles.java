package vn.egov.identity;

import java.util.Optional;

/**
 * The profile of a citizen's or business's account, read at each call (a change on the profile page or a new
 * e-ID sign-in counts at once). For pre-filling the online forms: {@code profiles.of(user.accountId())}.
 */
public interface CitizenProfiles {

    /** The account's profile; empty for an unknown account or an official's (officials apply for nobody). */
    Optional<CitizenProfile> of(AccountId account);
}
