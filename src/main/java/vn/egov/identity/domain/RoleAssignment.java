package vn.egov.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.egov.identity.AccountId;
import vn.egov.identity.OrgUnitId;
import vn.egov.shared.Role;

/** A role an official holds in one org unit. */
@Entity
@Table(schema = "identity", name = "role_assignment")
public class RoleAssignment {

    @Id
    private UUID id;

    private UUID accountId;
    private UUID orgUnitId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Instant grantedAt;
    private String grantedBy;

    protected RoleAssignment() {}

    public RoleAssignment(AccountId account, OrgUnitId orgUnit, Role role, Instant grantedAt, String grantedBy) {
        this.id = UUID.randomUUID();
        this.accountId = account.value();
        this.orgUnitId = orgUnit.value();
        this.role = role;
        this.grantedAt = grantedAt;
        this.grantedBy = grantedBy;
    }

    public AccountId account() {
        return new AccountId(accountId);
    }

    public OrgUnitId orgUnit() {
        return new OrgUnitId(orgUnitId);
    }

    public Role role() {
        return role;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public String grantedBy() {
        return grantedBy;
    }
}
