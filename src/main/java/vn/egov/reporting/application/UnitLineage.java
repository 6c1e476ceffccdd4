package vn.egov.reporting.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.egov.identity.OrgUnitChanged;
import vn.egov.identity.OrgUnitCreated;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitDissolved;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitSplit;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.OrgUnitsMerged;
import vn.egov.reporting.persistence.DailyFigures;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NotFound;

/**
 * Which units' counts belong to a unit as it stood on a day, and from which day on: the unit and every unit below
 * it then, each from the day it came under it (a department's desk since ever; the desk of a district merged into
 * another from the day of the merger, so the old district's history stays its own). Kept a few minutes and
 * forgotten when the directory changes, because a dashboard asks it for every unit it ranks.
 */
@Component
class UnitLineage {

    private record Key(String code, LocalDate day) {}

    private final OrgUnitDirectory directory;
    private final Cache<Key, Map<UUID, LocalDate>> known = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    UnitLineage(OrgUnitDirectory directory) {
        this.directory = directory;
    }

    /** Each unit under the one with {@code code} on {@code day}, with the first day its counts are that unit's. */
    Map<UUID, LocalDate> of(String code, LocalDate day) {
        AgencyCode agency;
        try {
            agency = new AgencyCode(code.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("unit", "reporting.error.unit");
        }
        return known.get(new Key(agency.value(), day), key -> compute(agency, day));
    }

    private Map<UUID, LocalDate> compute(AgencyCode code, LocalDate day) {
        OrgUnitView top =
                directory.findByCode(code, day).orElseThrow(() -> new NotFound("reporting.error.unitUnknown", code));
        Map<UUID, LocalDate> since = new HashMap<>();
        since.put(top.id().value(), DailyFigures.EPOCH);
        List<OrgUnitView> open = new ArrayList<>(List.of(top));
        while (!open.isEmpty()) {
            OrgUnitView parent = open.removeLast();
            LocalDate parentSince = since.get(parent.id().value());
            for (OrgUnitView child : directory.children(parent.id(), day)) {
                if (since.containsKey(child.id().value())) {
                    continue;
                }
                LocalDate linked = linkedSince(child.id(), parent.id(), day);
                since.put(child.id().value(), linked.isAfter(parentSince) ? linked : parentSince);
                open.add(child);
            }
        }
        return Map.copyOf(since);
    }

    /**
     * The first day of the unbroken run of versions, up to {@code day}, in which {@code child} hung under
     * {@code parent}; the epoch when it always did.
     */
    private LocalDate linkedSince(OrgUnitId child, OrgUnitId parent, LocalDate day) {
        List<OrgUnitView> versions = directory.history(child);
        LocalDate since = null;
        for (int i = versions.size() - 1; i >= 0; i--) {
            OrgUnitView version = versions.get(i);
            if (version.validFrom().isAfter(day)) {
                continue;
            }
            if (!parent.equals(version.parentId()) || (since != null && !since.equals(version.validTo()))) {
                break;
            }
            since = version.validFrom();
        }
        if (since == null) {
            return day; // cannot happen for a child found under the parent on that day; count from the day only
        }
        return since.equals(versions.getFirst().validFrom()) ? DailyFigures.EPOCH : since;
    }

    @EventListener({
        OrgUnitChanged.class,
        OrgUnitCreated.class,
        OrgUnitDissolved.class,
        OrgUnitSplit.class,
        OrgUnitsMerged.class
    })
    void directoryChanged() {
        known.invalidateAll();
    }
}
