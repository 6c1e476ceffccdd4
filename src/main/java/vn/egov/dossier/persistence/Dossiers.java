package vn.egov.dossier.persistence;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.egov.dossier.domain.Dossier;

/** All dossiers. */
public interface Dossiers extends JpaRepository<Dossier, UUID> {

    Optional<Dossier> findByCode(String code);
}
