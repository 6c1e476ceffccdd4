package vn.egov.identity.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.egov.identity.OrgUnitId;
import vn.egov.shared.RuleViolation;

/**
 * An agency or org unit with its whole history. Changes never overwrite the past: each one closes the version in
 * force and opens a new one on its effective date, so a dossier received in 2023 still finds the agency as it
 * was called in 2023.
 */
@Entity
@Table(schema = "identity", name = "org_unit")
public class OrgUnit {

    @Id
    private UUID id;

    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    @OrderBy("validFrom")
    private List<OrgUnitVersion> versions = new ArrayList<>();

    protected OrgUnit() {}

    private OrgUnit(UUID id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }

    public static OrgUnit create(OrgUnitDetails details, LocalDate from, Instant now) {
        OrgUnit unit = new OrgUnit(UUID.randomUUID(), now);
        unit.versions.add(new OrgUnitVersion(unit.id, details, from));
        return unit;
    }

    public OrgUnitId id() {
        return new OrgUnitId(id);
    }

    public List<OrgUnitVersion> versions() {
        return List.copyOf(versions);
    }

    public Optional<OrgUnitVersion> versionOn(LocalDate day) {
        return versions.stream().filter(v -> v.validOn(day)).findFirst();
    }

    public OrgUnitVersion latest() {
        return versions.getLast();
    }

    /** The day it stopped existing, if it did. */
    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(latest().validTo());
    }

    /**
     * From {@code from} on the unit is as {@code details} say. A change on the day the latest version starts
     * corrects that version; a later day opens a new one. History before the latest version is not rewritten.
     */
    public void change(OrgUnitDetails details, LocalDate from) {
        OrgUnitVersion latest = latest();
        if (latest.validTo() != null) {
            throw new RuleViolation("orgUnit.error.ended", latest.validTo());
        }
        if (from.isBefore(latest.validFrom())) {
            throw new RuleViolation("orgUnit.error.beforeLatest", latest.validFrom());
        }
        if (from.isEqual(latest.validFrom())) {
            latest.apply(details);
            return;
        }
        latest.endOn(from);
        versions.add(new OrgUnitVersion(id, details, from));
    }

    /** Ends the unit's existence on {@code on} (merged away, split, dissolved). */
    public void end(LocalDate on) {
        OrgUnitVersion latest = latest();
        if (latest.validTo() != null) {
            throw new RuleViolation("orgUnit.error.ended", latest.validTo());
        }
        if (!on.isAfter(latest.validFrom())) {
            throw new RuleViolation("orgUnit.error.beforeLatest", latest.validFrom());
        }
        latest.endOn(on);
    }
}
