package vn.egov.dossier.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.egov.dossier.domain.Paper;

/** The papers of all dossiers. */
public interface Papers extends JpaRepository<Paper, UUID> {

    List<Paper> findByDossierIdOrderByAddedAtAsc(UUID dossierId);

    /** The latest paper of this purpose with a file (the result in force when a corrected one was attached). */
    Optional<Paper> findFirstByDossierIdAndPurposeAndFileSha256NotNullOrderByAddedAtDesc(
            UUID dossierId, Paper.Purpose purpose);
}
