package vn.egov.dossier;

import vn.egov.catalogue.ApplicantKind;

/**
 * Who the dossier is for: a citizen by the CCCD number or an organisation by its tax code, with how to reach them
 * and, when someone acts for them, the representative.
 */
public record Applicant(
        ApplicantKind kind,
        String idNumber,
        String fullName,
        String phone,
        String email,
        String address,
        String representativeName,
        String representativeIdNumber) {}
