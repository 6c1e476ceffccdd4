package vn.egov.identity;

import java.time.LocalDate;

/**
 * What the platform knows about the person or business behind an account, for pre-filling the online forms (the
 * portal) and the applicant part of a dossier. Any field may be {@code null}: an account registered with a password
 * has no date of birth until its holder signs in through the national e-ID.
 *
 * @param fullName the person's name; for a business, its representative's
 * @param citizenId the 12-digit CCCD number, when the account has one
 * @param birthDate as the national e-ID vouches for it
 * @param address the address on the account (from the e-ID when the holder gave none)
 * @param taxCode a business's tax code
 * @param organisationName a business's name
 * @param vouchedByNationalId whether an identity provider (the national e-ID) has vouched for the account's
 *     own CCCD number: a form may then show name, CCCD and date of birth as given, not as fields to type
 */
public record CitizenProfile(
        AccountId account,
        AccountKind kind,
        String fullName,
        String citizenId,
        LocalDate birthDate,
        String address,
        String phone,
        String email,
        String taxCode,
        String organisationName,
        boolean vouchedByNationalId) {}
