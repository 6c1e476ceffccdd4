package vn.egov.reporting.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.DossierFact;
import vn.egov.dossier.DossierFacts;
import vn.egov.dossier.DossierId;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.SignedInUser;
import vn.egov.reporting.domain.Metric;
import vn.egov.reporting.persistence.DailyFigures;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.Refused;
import vn.egov.shared.Role;

/**
 * The dossiers behind a figure of the dashboard, for an official with the right to see them: one who holds a role
 * in the unit asked about or in a unit above it (the province's administrator sees every unit). A figure at a
 * moment (in progress, overdue) has no list here: it is a difference of sums, not a set of days.
 */
@Component
public class DrillDown {

    /** The figures that have a list, by their API name. */
    public static final Map<String, Metric> FIGURES = Map.ofEntries(
            Map.entry("received", Metric.RECEIVED),
            Map.entry("receivedOnline", Metric.RECEIVED_ONLINE),
            Map.entry("receivedDesk", Metric.RECEIVED_DESK),
            Map.entry("receivedPost", Metric.RECEIVED_POST),
            Map.entry("notAccepted", Metric.NOT_ACCEPTED),
            Map.entry("processed", Metric.PROCESSED),
            Map.entry("processedEarly", Metric.PROCESSED_EARLY),
            Map.entry("processedOnTime", Metric.PROCESSED_ON_TIME),
            Map.entry("processedLate", Metric.PROCESSED_LATE),
            Map.entry("returned", Metric.RETURNED),
            Map.entry("withdrawn", Metric.WITHDRAWN),
            Map.entry("stopped", Metric.STOPPED));

    /** How many dossiers one list shows. */
    static final int LIMIT = 200;

    private static final Set<Role> OFFICIALS = Set.of(
            Role.ONE_STOP_CLERK,
            Role.SPECIALIST,
            Role.DIVISION_HEAD,
            Role.AGENCY_LEADER,
            Role.AGENCY_ADMIN,
            Role.PROVINCE_ADMIN);

    private final DailyFigures figures;
    private final DossierFacts facts;
    private final UnitLineage lineage;
    private final OrgUnitDirectory directory;

    DrillDown(DailyFigures figures, DossierFacts facts, UnitLineage lineage, OrgUnitDirectory directory) {
        this.figures = figures;
        this.facts = facts;
        this.lineage = lineage;
        this.directory = directory;
    }

    /** Whether the reader may see lists at all (an official). */
    public static boolean mayDrillDown(SignedInUser reader) {
        return reader != null && reader.roles().stream().anyMatch(role -> OFFICIALS.contains(role.role()));
    }

    @Transactional(readOnly = true)
    public List<DossierFact> behind(SignedInUser reader, String unit, String figure, LocalDate from, LocalDate to) {
        Metric metric = FIGURES.get(figure == null ? "" : figure);
        if (metric == null) {
            throw InvalidInput.of("figure", "reporting.error.figure");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInput.of("to", "reporting.error.period");
        }
        String code = unit == null || unit.isBlank() ? null : unit.trim();
        if (!mayRead(reader, code, to)) {
            throw new Refused("reporting.error.drillDownRefused");
        }
        Map<UUID, LocalDate> units = code == null ? null : lineage.of(code, to);
        List<DossierId> ids = figures.dossiersBehind(units, metric, from, to, LIMIT).stream()
                .map(DossierId::new)
                .toList();
        return facts.facts(ids);
    }

    /** A role in the unit or above it; the province's administrator everywhere; the province: its root's roles. */
    private boolean mayRead(SignedInUser reader, String code, LocalDate day) {
        if (!mayDrillDown(reader)) {
            return false;
        }
        if (reader.roles().stream().anyMatch(role -> role.role() == Role.PROVINCE_ADMIN)) {
            return true;
        }
        if (code == null) {
            return false;
        }
        OrgUnitView asked;
        try {
            asked = directory.findByCode(new AgencyCode(code), day).orElse(null);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("unit", "reporting.error.unit");
        }
        if (asked == null) {
            return false;
        }
        List<OrgUnitId> chain = new ArrayList<>();
        Optional<OrgUnitView> next = Optional.of(asked);
        while (next.isPresent() && chain.size() < 20) {
            chain.add(next.get().id());
            OrgUnitId parent = next.get().parentId();
            next = parent == null ? Optional.empty() : directory.find(parent, day);
        }
        return reader.roles().stream()
                .filter(role -> OFFICIALS.contains(role.role()))
                .map(RoleInUnit::orgUnit)
                .anyMatch(chain::contains);
    }
}
