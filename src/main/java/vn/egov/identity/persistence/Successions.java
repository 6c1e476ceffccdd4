package vn.egov.identity.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.egov.identity.domain.Succession;

/** Mergers and splits: who carries on whose work. */
public interface Successions extends JpaRepository<Succession, UUID> {

    List<Succession> findByPredecessorId(UUID predecessorId);

    List<Succession> findBySuccessorId(UUID successorId);
}
