package vn.egov.identity.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.domain.OrgUnitDetails;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.RuleViolation;

/** The org unit form as typed; {@link #details()} checks it and names each problem by field. */
record OrgUnitForm(
        String code,
        String nameVi,
        String nameEn,
        String shortName,
        String kind,
        String parentId,
        String address,
        String phone,
        String email,
        String validFrom) {

    static OrgUnitForm empty(String parentId, LocalDate from) {
        return new OrgUnitForm("", "", "", "", "", parentId == null ? "" : parentId, "", "", "", from.toString());
    }

    static OrgUnitForm of(OrgUnitView v, LocalDate from) {
        return new OrgUnitForm(
                v.code().value(),
                v.name().vi(),
                v.name().en(),
                v.shortName(),
                v.kind().name(),
                v.parentId() == null ? "" : v.parentId().toString(),
                v.address(),
                v.phone(),
                v.email(),
                from.toString());
    }

    OrgUnitDetails details() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        AgencyCode agencyCode = null;
        try {
            agencyCode = new AgencyCode(code);
        } catch (RuleViolation invalid) {
            problems.put("code", List.of(invalid.messageKey()));
        }
        if (nameVi == null || nameVi.isBlank()) {
            problems.put("nameVi", List.of("validation.required"));
        }
        OrgUnitKind unitKind = null;
        try {
            unitKind = OrgUnitKind.valueOf(kind);
        } catch (RuntimeException invalid) {
            problems.put("kind", List.of("validation.required"));
        }
        OrgUnitId parent = null;
        if (parentId != null && !parentId.isBlank()) {
            try {
                parent = OrgUnitId.of(parentId);
            } catch (IllegalArgumentException invalid) {
                problems.put("parentId", List.of("validation.invalid"));
            }
        }
        if (email != null && !email.isBlank() && !email.contains("@")) {
            problems.put("email", List.of("validation.email.invalid"));
        }
        validFrom(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new OrgUnitDetails(
                agencyCode, new LocalizedText(nameVi, nameEn), shortName, unitKind, parent, address, phone, email);
    }

    LocalDate from() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        LocalDate from = validFrom(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return from;
    }

    private LocalDate validFrom(Map<String, List<String>> problems) {
        try {
            return LocalDate.parse(validFrom);
        } catch (DateTimeParseException | NullPointerException invalid) {
            problems.put("validFrom", List.of("validation.date"));
            return null;
        }
    }
}
