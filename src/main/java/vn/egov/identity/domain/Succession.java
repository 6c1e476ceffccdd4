package vn.egov.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import vn.egov.identity.OrgUnitId;

/** From {@code effectiveOn}, the successor carries on (part of) the predecessor's work. */
@Entity
@Table(schema = "identity", name = "org_unit_succession")
public class Succession {

    @Id
    private UUID id;

    private UUID predecessorId;
    private UUID successorId;
    private LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    private SuccessionKind kind;

    private String decision;

    protected Succession() {}

    public Succession(
            OrgUnitId predecessor, OrgUnitId successor, LocalDate effectiveOn, SuccessionKind kind, String decision) {
        this.id = UUID.randomUUID();
        this.predecessorId = predecessor.value();
        this.successorId = successor.value();
        this.effectiveOn = effectiveOn;
        this.kind = kind;
        this.decision = decision;
    }

    public OrgUnitId predecessor() {
        return new OrgUnitId(predecessorId);
    }

    public OrgUnitId successor() {
        return new OrgUnitId(successorId);
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public SuccessionKind kind() {
        return kind;
    }

    public String decision() {
        return decision;
    }
}
