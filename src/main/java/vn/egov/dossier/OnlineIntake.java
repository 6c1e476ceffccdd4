package vn.egov.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.egov.identity.SignedInUser;

/**
 * Online submission by a citizen signed in on the portal (Decree 42/2022/NĐ-CP): the dossier begins as submitted
 * (status 1 NEW, channel online) in the receiving desk's queue, with the same checks and the same writing as the
 * submissions of other systems, tied to the citizen's account. The applicant is the account's holder, as the
 * account says (never as the browser says), so only their own stored papers may be reused.
 */
public interface OnlineIntake {

    /**
     * Submits the application. The idempotency key makes a repeat (a double click, a refresh, a network retry)
     * answer with the first dossier, never a second one.
     *
     * @throws vn.egov.shared.InvalidInput naming every bad field ({@code formData.<key>}, {@code formData.<group>[i].<key>}),
     *     paper ({@code papers[<required index>]}) and a fee line not of the version ({@code feeLines}); nothing is stored
     * @throws vn.egov.shared.Refused for anyone but a citizen or business account
     * @throws vn.egov.shared.StateConflict when the key was used for another application
     */
    Submitted submit(SignedInUser applicant, Application application);

    /**
     * Checks the form data against the procedure's form schema as {@link #submit} will (required, pattern, ranges,
     * conditional fields, repeatable groups), for the review step.
     *
     * @throws vn.egov.shared.InvalidInput naming every bad field as {@link #submit} does
     */
    void checkForm(String procedureCode, String formDataJson);

    /**
     * The account holder's earlier papers and results kept in their data store (still valid), newest first, to be
     * picked for a required paper instead of being uploaded again.
     */
    List<StoredDocument> storedDocuments(SignedInUser applicant);

    /**
     * What the citizen sends.
     *
     * @param receivingUnit the desk's agency code; {@code null}: the procedure's first receiving desk
     * @param formDataJson the form's data as a JSON object
     * @param feeLines the fee lines the applicant chose, by their positions in the version's
     *     fees, at most one of each kind; a kind not named is charged by its first (standard) line
     */
    record Application(
            String procedureCode,
            String receivingUnit,
            ResultDelivery resultDelivery,
            String formDataJson,
            List<GivenPaper> papers,
            String idempotencyKey,
            java.util.Locale language,
            List<Integer> feeLines) {

        public Application {
            papers = papers == null ? List.of() : List.copyOf(papers);
            feeLines = feeLines == null ? List.of() : List.copyOf(feeLines);
        }

        /** An application that chooses no fee line: the standard lines. */
        public Application(
                String procedureCode,
                String receivingUnit,
                ResultDelivery resultDelivery,
                String formDataJson,
                List<GivenPaper> papers,
                String idempotencyKey,
                java.util.Locale language) {
            this(
                    procedureCode,
                    receivingUnit,
                    resultDelivery,
                    formDataJson,
                    papers,
                    idempotencyKey,
                    language,
                    List.of());
        }
    }

    /**
     * A required paper given either as a file already kept in the file store (uploaded with the draft) or as a
     * document of the applicant's own store.
     */
    record GivenPaper(int requiredIndex, String fileSha256, String fileName, long size, UUID documentId) {

        public static GivenPaper file(int requiredIndex, String sha256, String name, long size) {
            return new GivenPaper(requiredIndex, sha256, name, size, null);
        }

        public static GivenPaper stored(int requiredIndex, UUID documentId) {
            return new GivenPaper(requiredIndex, null, null, 0, documentId);
        }
    }

    /**
     * The dossier the application became.
     *
     * @param feeAmount the procedure's fees in VND by the lines chosen (0: nothing to pay)
     * @param repeated whether this answers an earlier submission with the same key
     */
    record Submitted(DossierCode code, DossierStatus status, long feeAmount, boolean repeated) {}

    /** A document of the applicant's data store: a digitized paper they brought, or a result issued to them. */
    record StoredDocument(
            UUID id,
            String name,
            boolean result,
            String fileName,
            String mediaType,
            long size,
            Instant issuedAt,
            LocalDate validUntil) {}
}
