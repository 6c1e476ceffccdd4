package vn.egov.dossier.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.domain.Dossier;

/** All dossiers. */
public interface Dossiers extends JpaRepository<Dossier, UUID> {

    Optional<Dossier> findByCode(String code);

    /** A desk's queue: dossiers of these desks in one status, the longest waiting first (at most 200: a day's work). */
    List<Dossier> findTop200ByReceivingUnitIdInAndStatusOrderBySubmittedAtAsc(
            Collection<UUID> receivingUnits, DossierStatus status);

    List<Dossier> findTop200ByReceivingUnitIdInAndStatusOrderByFinishedAtAsc(
            Collection<UUID> receivingUnits, DossierStatus status);

    /** The dossiers submitted with a person's own account, newest first (the copy of their data). */
    List<Dossier> findByApplicantAccountIdOrderBySubmittedAtDesc(UUID applicantAccount);

    /** How many dossiers of these desks are in the status: the home page's count of a desk's work. */
    long countByReceivingUnitIdInAndStatus(Collection<UUID> receivingUnits, DossierStatus status);
}
