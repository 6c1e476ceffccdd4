package vn.egov.identity;

import java.time.LocalDate;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.LocalizedText;

/**
 * An org unit as it stood on a given day: one version of its effective-dated history.
 *
 * @param validTo first day it no longer applies, or {@code null} while it is current
 * @param parentId the unit above it that day, {@code null} for the root
 */
public record OrgUnitView(
        OrgUnitId id,
        AgencyCode code,
        LocalizedText name,
        String shortName,
        OrgUnitKind kind,
        OrgUnitId parentId,
        LocalDate validFrom,
        LocalDate validTo,
        String address,
        String phone,
        String email) {

    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }
}
