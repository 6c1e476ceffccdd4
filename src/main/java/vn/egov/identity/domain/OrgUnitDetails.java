package vn.egov.identity.domain;

import java.util.Objects;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.LocalizedText;

/** What an org unit is called, its code and its place in the tree: the part that changes over time. */
public record OrgUnitDetails(
        AgencyCode code,
        LocalizedText name,
        String shortName,
        OrgUnitKind kind,
        OrgUnitId parentId,
        String address,
        String phone,
        String email) {

    public OrgUnitDetails {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        shortName = blankToNull(shortName);
        address = blankToNull(address);
        phone = blankToNull(phone);
        email = blankToNull(email);
    }

    public OrgUnitDetails withParent(OrgUnitId newParent) {
        return new OrgUnitDetails(code, name, shortName, kind, newParent, address, phone, email);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
