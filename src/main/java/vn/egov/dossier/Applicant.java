package vn.egov.dossier;

import java.util.Locale;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.shared.Languages;

/**
 * Who the dossier is for: a citizen by the CCCD number or an organisation by its tax code, with how to reach them,
 * the language they read the notices in and, when someone acts for them, the representative.
 *
 * @param language Vietnamese or English (the platform's two languages); anything else, or none, is Vietnamese
 */
public record Applicant(
        ApplicantKind kind,
        String idNumber,
        String fullName,
        String phone,
        String email,
        String address,
        String representativeName,
        String representativeIdNumber,
        Locale language) {

    public Applicant {
        language = Languages.ofAcceptLanguage(language == null ? null : language.toLanguageTag());
    }

    /** An applicant who reads Vietnamese, as the desk takes everyone unless they ask for English. */
    public Applicant(
            ApplicantKind kind,
            String idNumber,
            String fullName,
            String phone,
            String email,
            String address,
            String representativeName,
            String representativeIdNumber) {
        this(kind, idNumber, fullName, phone, email, address, representativeName, representativeIdNumber, null);
    }

    /** The same applicant, reading notices in this language. */
    public Applicant reading(Locale chosen) {
        return new Applicant(
                kind, idNumber, fullName, phone, email, address, representativeName, representativeIdNumber, chosen);
    }
}
