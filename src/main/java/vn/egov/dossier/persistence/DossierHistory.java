package vn.egov.dossier.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.egov.dossier.domain.HistoryEntry;

/** Every dossier's steps, appended, never changed. */
public interface DossierHistory extends JpaRepository<HistoryEntry, Long> {

    List<HistoryEntry> findByDossierIdOrderByAtAscIdAsc(UUID dossierId);
}
