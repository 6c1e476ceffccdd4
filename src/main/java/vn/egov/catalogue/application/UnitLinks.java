package vn.egov.catalogue.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.OrgUnitView;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.RuleViolation;

/**
 * The catalogue's links to the identity directory: the unit that processes a procedure and the one-stop desks that
 * receive it, checked against the directory as it stands on the day a version applies, named by agency code in
 * spreadsheets and by their name of the day on pages and in the API.
 */
@Component
public class UnitLinks implements CatalogueSheet.UnitCodes {

    private final OrgUnitDirectory directory;
    private final Clock clock;

    UnitLinks(OrgUnitDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** The unit as it stood on that day (its name then), if it existed. */
    public Optional<OrgUnitView> on(OrgUnitId unit, LocalDate day) {
        return unit == null ? Optional.empty() : directory.find(unit, day);
    }

    /**
     * What is wrong with the content's links on that day, by form field: a unit that did not exist then, a desk
     * named as the processing unit, a receiving unit that is no one-stop desk.
     */
    public Map<String, List<String>> problems(ProcedureContent content, LocalDate day) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (content.implementingUnit() != null) {
            Optional<OrgUnitView> unit = directory.find(content.implementingUnit(), day);
            if (unit.isEmpty() || unit.get().kind() == OrgUnitKind.ONE_STOP_DESK) {
                problems.put("implementingUnit", List.of("procedure.error.implementingUnit"));
            }
        }
        for (OrgUnitId desk : content.receivingUnits()) {
            Optional<OrgUnitView> unit = directory.find(desk, day);
            if (unit.isEmpty() || unit.get().kind() != OrgUnitKind.ONE_STOP_DESK) {
                problems.put("receivingUnits", List.of("procedure.error.receivingUnit"));
                break;
            }
        }
        return problems;
    }

    /** Units a procedure can be processed by on that day: agencies and their divisions, in tree order. */
    public List<OrgUnitView> processingUnits(LocalDate day) {
        return directory.tree(day).stream()
                .filter(u -> u.kind() != OrgUnitKind.ONE_STOP_DESK && u.kind() != OrgUnitKind.PROVINCE)
                .toList();
    }

    /** The one-stop desks on that day, in tree order. */
    public List<OrgUnitView> desks(LocalDate day) {
        return directory.tree(day).stream()
                .filter(u -> u.kind() == OrgUnitKind.ONE_STOP_DESK)
                .toList();
    }

    /** The unit's code today; a unit since dissolved keeps its last one. */
    @Override
    public String codeOf(OrgUnitId unit) {
        return directory
                .find(unit, LocalDate.now(clock))
                .or(() -> directory.history(unit).stream().reduce((first, second) -> second))
                .map(u -> u.code().value())
                .orElse(unit.toString());
    }

    @Override
    public OrgUnitId unitOf(String code, LocalDate day) {
        AgencyCode agencyCode = new AgencyCode(code);
        return directory
                .findByCode(agencyCode, day)
                .map(OrgUnitView::id)
                .orElseThrow(() -> new RuleViolation("procedure.error.unitUnknown", agencyCode, day));
    }

    static Map<String, List<String>> merge(Map<String, List<String>> a, Map<String, List<String>> b) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        a.forEach((field, keys) ->
                all.computeIfAbsent(field, f -> new ArrayList<>()).addAll(keys));
        b.forEach((field, keys) ->
                all.computeIfAbsent(field, f -> new ArrayList<>()).addAll(keys));
        return all;
    }
}
