package vn.egov.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.OrgUnitView;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.LocalizedText;

/** One period [validFrom, validTo) of an org unit's history. */
@Entity
@Table(schema = "identity", name = "org_unit_version")
public class OrgUnitVersion {

    @Id
    private UUID id;

    @Column(name = "org_unit_id", insertable = false, updatable = false)
    private UUID orgUnitId;

    private LocalDate validFrom;
    private LocalDate validTo;
    private String code;
    private String nameVi;
    private String nameEn;
    private String shortName;

    @Enumerated(EnumType.STRING)
    private OrgUnitKind kind;

    private UUID parentId;
    private String address;
    private String phone;
    private String email;

    protected OrgUnitVersion() {}

    OrgUnitVersion(UUID orgUnitId, OrgUnitDetails details, LocalDate validFrom) {
        this.id = UUID.randomUUID();
        this.orgUnitId = orgUnitId;
        this.validFrom = validFrom;
        apply(details);
    }

    void apply(OrgUnitDetails details) {
        this.code = details.code().value();
        this.nameVi = details.name().vi();
        this.nameEn = details.name().en();
        this.shortName = details.shortName();
        this.kind = details.kind();
        this.parentId = details.parentId() == null ? null : details.parentId().value();
        this.address = details.address();
        this.phone = details.phone();
        this.email = details.email();
    }

    void endOn(LocalDate day) {
        this.validTo = day;
    }

    void reopen() {
        this.validTo = null;
    }

    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }

    public vn.egov.identity.OrgUnitId orgUnit() {
        return new vn.egov.identity.OrgUnitId(orgUnitId);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public OrgUnitDetails details() {
        return new OrgUnitDetails(
                new AgencyCode(code),
                new LocalizedText(nameVi, nameEn),
                shortName,
                kind,
                parentId == null ? null : new OrgUnitId(parentId),
                address,
                phone,
                email);
    }

    public OrgUnitView view(OrgUnitId unit) {
        OrgUnitDetails d = details();
        return new OrgUnitView(
                unit,
                d.code(),
                d.name(),
                d.shortName(),
                d.kind(),
                d.parentId(),
                validFrom,
                validTo,
                d.address(),
                d.phone(),
                d.email());
    }
}
