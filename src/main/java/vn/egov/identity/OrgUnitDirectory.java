package vn.egov.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.egov.shared.AgencyCode;

/**
 * Looks up agencies and org units as they stood on any day. A dossier received by an agency that has since been
 * merged still resolves: {@link #find} gives the agency as it was, {@link #successorsOn} who carries on its
 * work now.
 */
public interface OrgUnitDirectory {

    Optional<OrgUnitView> find(OrgUnitId id, LocalDate day);

    Optional<OrgUnitView> findByCode(AgencyCode code, LocalDate day);

    /** Every unit valid on that day, parents before children, siblings by name. */
    List<OrgUnitView> tree(LocalDate day);

    List<OrgUnitView> children(OrgUnitId parent, LocalDate day);

    /** Every version of the unit, oldest first. */
    List<OrgUnitView> history(OrgUnitId id);

    /**
     * The units that carry on the unit's work on that day: itself while it exists, otherwise its successors
     * (following mergers and splits transitively). Empty when it was dissolved without a successor.
     */
    List<OrgUnitView> successorsOn(OrgUnitId id, LocalDate day);
}
