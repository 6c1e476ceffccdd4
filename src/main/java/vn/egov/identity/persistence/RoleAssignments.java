package vn.egov.identity.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.egov.identity.domain.RoleAssignment;
import vn.egov.shared.Role;

/** Every role held by every official. */
public interface RoleAssignments extends JpaRepository<RoleAssignment, UUID> {

    List<RoleAssignment> findByAccountId(UUID accountId);

    List<RoleAssignment> findByAccountIdIn(Collection<UUID> accountIds);

    List<RoleAssignment> findByOrgUnitIdAndRole(UUID orgUnitId, Role role);

    List<RoleAssignment> findByOrgUnitIdIn(Collection<UUID> orgUnitIds);

    Optional<RoleAssignment> findByAccountIdAndOrgUnitIdAndRole(UUID accountId, UUID orgUnitId, Role role);
}
