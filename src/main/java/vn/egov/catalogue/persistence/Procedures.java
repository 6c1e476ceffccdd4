package vn.egov.catalogue.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.egov.catalogue.domain.Procedure;

/** All procedures with their versions. */
public interface Procedures extends JpaRepository<Procedure, UUID> {

    Optional<Procedure> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select p from Procedure p order by p.code")
    List<Procedure> findAllByCode();
}
