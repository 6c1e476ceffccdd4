package vn.egov.dossier.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.dossier.domain.ApplicantDocument;

/** The applicants' own data stores: their digitized papers and electronic results. */
public interface ApplicantDocuments extends JpaRepository<ApplicantDocument, UUID> {

    List<ApplicantDocument> findByApplicantKindAndApplicantIdNumberAndNameKeyInOrderByIssuedAtDesc(
            ApplicantKind kind, String idNumber, Collection<String> nameKeys);

    List<ApplicantDocument> findByApplicantKindAndApplicantIdNumberOrderByIssuedAtDesc(
            ApplicantKind kind, String idNumber);

    boolean existsByApplicantKindAndApplicantIdNumberAndNameKeyAndFileSha256(
            ApplicantKind kind, String idNumber, String nameKey, String fileSha256);

    /** Papers received as a reuse of a document, in a period (Decision 766, group 4: reuse of digitized data). */
    @Query("select count(p) from Paper p where p.reusedFrom is not null and p.addedAt >= ?1 and p.addedAt < ?2")
    long countReusedPapers(Instant from, Instant to);
}
