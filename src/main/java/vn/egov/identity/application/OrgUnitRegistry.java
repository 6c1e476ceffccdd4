package vn.egov.identity.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.OrgUnitChanged;
import vn.egov.identity.OrgUnitCreated;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitDissolved;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.OrgUnitSplit;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.OrgUnitsMerged;
import vn.egov.identity.RoleGranted;
import vn.egov.identity.RoleRevoked;
import vn.egov.identity.domain.OrgUnit;
import vn.egov.identity.domain.OrgUnitDetails;
import vn.egov.identity.domain.OrgUnitVersion;
import vn.egov.identity.domain.RoleAssignment;
import vn.egov.identity.domain.Succession;
import vn.egov.identity.domain.SuccessionKind;
import vn.egov.identity.persistence.OrgUnitVersions;
import vn.egov.identity.persistence.OrgUnits;
import vn.egov.identity.persistence.RoleAssignments;
import vn.egov.identity.persistence.Successions;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.VietnameseOrder;

/**
 * Keeps the tree of agencies and org units, and restructures it by date: create, change (rename, re-code,
 * move), merge, split, dissolve. Every restructuring is one transaction and publishes one audited event.
 */
@Service
@Transactional(readOnly = true)
public class OrgUnitRegistry implements OrgUnitDirectory {

    private final OrgUnits units;
    private final OrgUnitVersions versions;
    private final Successions successions;
    private final RoleAssignments roles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrgUnitRegistry(
            OrgUnits units,
            OrgUnitVersions versions,
            Successions successions,
            RoleAssignments roles,
            ApplicationEventPublisher events,
            Clock clock) {
        this.units = units;
        this.versions = versions;
        this.successions = successions;
        this.roles = roles;
        this.events = events;
        this.clock = clock;
    }

    // ---- queries -------------------------------------------------------------------------------------------

    @Override
    public Optional<OrgUnitView> find(OrgUnitId id, LocalDate day) {
        return units.findById(id.value()).flatMap(u -> u.versionOn(day)).map(v -> v.view(id));
    }

    @Override
    public Optional<OrgUnitView> findByCode(AgencyCode code, LocalDate day) {
        return units.findByCodeOn(code.value(), day).stream()
                .findFirst()
                .flatMap(u -> u.versionOn(day).map(v -> v.view(u.id())));
    }

    @Override
    public List<OrgUnitView> tree(LocalDate day) {
        List<OrgUnitView> all =
                versions.validOn(day).stream().map(v -> v.view(v.orgUnit())).toList();
        Map<OrgUnitId, List<OrgUnitView>> byParent = new LinkedHashMap<>();
        Set<OrgUnitId> present = new HashSet<>();
        all.forEach(v -> present.add(v.id()));
        List<OrgUnitView> roots = new ArrayList<>();
        for (OrgUnitView view : all) {
            if (view.parentId() == null || !present.contains(view.parentId())) {
                roots.add(view);
            } else {
                byParent.computeIfAbsent(view.parentId(), p -> new ArrayList<>())
                        .add(view);
            }
        }
        List<OrgUnitView> ordered = new ArrayList<>(all.size());
        roots.sort(SIBLING_ORDER);
        for (OrgUnitView root : roots) {
            addDepthFirst(root, byParent, ordered);
        }
        return ordered;
    }

    private static final Comparator<OrgUnitView> SIBLING_ORDER = Comparator.comparing(OrgUnitView::kind)
            .thenComparing(VietnameseOrder.<OrgUnitView>by(v -> v.name().vi()));

    private static void addDepthFirst(
            OrgUnitView node, Map<OrgUnitId, List<OrgUnitView>> byParent, List<OrgUnitView> out) {
        out.add(node);
        List<OrgUnitView> children = byParent.getOrDefault(node.id(), new ArrayList<>());
        children.sort(SIBLING_ORDER);
        for (OrgUnitView child : children) {
            addDepthFirst(child, byParent, out);
        }
    }

    @Override
    public List<OrgUnitView> children(OrgUnitId parent, LocalDate day) {
        return versions.validOn(day).stream()
                .filter(v -> parent.equals(v.details().parentId()))
                .map(v -> v.view(v.orgUnit()))
                .sorted(SIBLING_ORDER)
                .toList();
    }

    @Override
    public List<OrgUnitView> history(OrgUnitId id) {
        return units.findById(id.value())
                .map(u -> u.versions().stream().map(v -> v.view(id)).toList())
                .orElse(List.of());
    }

    @Override
    public List<OrgUnitView> successorsOn(OrgUnitId id, LocalDate day) {
        List<OrgUnitView> found = new ArrayList<>();
        collectSuccessors(id, day, new HashSet<>(), found);
        return found;
    }

    private void collectSuccessors(OrgUnitId id, LocalDate day, Set<OrgUnitId> visited, List<OrgUnitView> found) {
        if (!visited.add(id)) {
            return;
        }
        Optional<OrgUnitView> itself = find(id, day);
        if (itself.isPresent()) {
            if (found.stream().noneMatch(v -> v.id().equals(id))) {
                found.add(itself.get());
            }
            return;
        }
        for (Succession succession : successions.findByPredecessorId(id.value())) {
            if (!succession.effectiveOn().isAfter(day)) {
                collectSuccessors(succession.successor(), day, visited, found);
            }
        }
    }

    /** A merger or split as pages show it (a read model of the {@link Succession} entity). */
    public record SuccessionView(
            SuccessionKind kind, LocalDate effectiveOn, String decision, OrgUnitId predecessor, OrgUnitId successor) {}

    /** Mergers and splits that involve the unit, as predecessor or successor, oldest first. */
    public List<SuccessionView> successionsOf(OrgUnitId id) {
        List<Succession> all = new ArrayList<>(successions.findByPredecessorId(id.value()));
        all.addAll(successions.findBySuccessorId(id.value()));
        all.sort(Comparator.comparing(Succession::effectiveOn));
        return all.stream()
                .map(s -> new SuccessionView(s.kind(), s.effectiveOn(), s.decision(), s.predecessor(), s.successor()))
                .toList();
    }

    // ---- commands ------------------------------------------------------------------------------------------

    @Transactional
    public OrgUnitId create(OrgUnitDetails details, LocalDate from, Actor actor) {
        checkPlacement(null, details, from);
        checkCodeFree(null, details.code(), from, Set.of());
        OrgUnit unit = units.save(OrgUnit.create(details, from, clock.instant()));
        events.publishEvent(new OrgUnitCreated(unit.id(), details.code(), from, actor));
        return unit.id();
    }

    @Transactional
    public void change(OrgUnitId id, OrgUnitDetails details, LocalDate from, Actor actor) {
        OrgUnit unit = load(id);
        checkPlacement(id, details, from);
        checkCodeFree(id, details.code(), from, Set.of());
        unit.change(details, from);
        events.publishEvent(new OrgUnitChanged(id, from, actor));
    }

    /**
     * Merges {@code merged} into {@code target} (an existing unit that carries on) or, when {@code target} is
     * empty, into a new unit described by {@code newUnit}. From {@code on}, the merged units no longer exist,
     * their sub-units hang under the target and their officials' roles pass to it.
     */
    @Transactional
    public OrgUnitId merge(
            List<OrgUnitId> merged,
            Optional<OrgUnitId> target,
            OrgUnitDetails newUnit,
            LocalDate on,
            String decision,
            Actor actor) {
        List<OrgUnitId> distinct = merged.stream().distinct().toList();
        if (distinct.isEmpty() || (target.isEmpty() && distinct.size() < 2)) {
            throw new RuleViolation("orgUnit.error.mergeNeedsTwo");
        }
        if (target.isPresent() && distinct.contains(target.get())) {
            throw new RuleViolation("orgUnit.error.mergeIntoItself");
        }
        List<OrgUnit> mergedUnits = distinct.stream().map(this::load).toList();
        for (OrgUnit unit : mergedUnits) {
            requireValidOn(unit, on);
        }
        OrgUnitId into;
        if (target.isPresent()) {
            into = target.get();
            requireValidOn(load(into), on);
        } else {
            checkPlacement(null, newUnit, on);
            checkCodeFree(null, newUnit.code(), on, Set.copyOf(distinct));
            into = units.save(OrgUnit.create(newUnit, on, clock.instant())).id();
        }
        for (OrgUnit unit : mergedUnits) {
            unit.end(on);
            successions.save(new Succession(unit.id(), into, on, SuccessionKind.MERGER, decision));
            reparentChildren(unit.id(), into, on);
            transferRoles(unit.id(), into, actor);
        }
        events.publishEvent(new OrgUnitsMerged(distinct, into, on, actor));
        return into;
    }

    /** Splits a unit into several new ones from {@code on}; its sub-units and roles are left for an admin. */
    @Transactional
    public List<OrgUnitId> split(OrgUnitId id, List<OrgUnitDetails> parts, LocalDate on, String decision, Actor actor) {
        if (parts.size() < 2) {
            throw new RuleViolation("orgUnit.error.splitNeedsTwo");
        }
        OrgUnit unit = load(id);
        requireValidOn(unit, on);
        Set<String> codes = new HashSet<>();
        for (OrgUnitDetails part : parts) {
            if (!codes.add(part.code().value())) {
                throw new RuleViolation("orgUnit.error.codeTaken", part.code().value());
            }
            checkPlacement(null, part, on);
            checkCodeFree(null, part.code(), on, Set.of(id));
        }
        unit.end(on);
        List<OrgUnitId> created = new ArrayList<>();
        for (OrgUnitDetails part : parts) {
            OrgUnitId partId =
                    units.save(OrgUnit.create(part, on, clock.instant())).id();
            successions.save(new Succession(id, partId, on, SuccessionKind.SPLIT, decision));
            created.add(partId);
        }
        events.publishEvent(new OrgUnitSplit(id, created, on, actor));
        return created;
    }

    @Transactional
    public void dissolve(OrgUnitId id, LocalDate on, Actor actor) {
        OrgUnit unit = load(id);
        requireValidOn(unit, on);
        if (!children(id, on).isEmpty()) {
            throw new RuleViolation("orgUnit.error.hasChildren");
        }
        unit.end(on);
        events.publishEvent(new OrgUnitDissolved(id, on, actor));
    }

    // ---- rules ---------------------------------------------------------------------------------------------

    private OrgUnit load(OrgUnitId id) {
        return units.findById(id.value()).orElseThrow(() -> new RuleViolation("orgUnit.error.notFound", id));
    }

    private static void requireValidOn(OrgUnit unit, LocalDate on) {
        OrgUnitVersion version = unit.versionOn(on)
                .orElseThrow(() -> new RuleViolation(
                        "orgUnit.error.notValidOn",
                        unit.latest().details().name().vi(),
                        on));
        if (!on.isAfter(version.validFrom()) || version != unit.latest()) {
            throw new RuleViolation("orgUnit.error.beforeLatest", unit.latest().validFrom());
        }
    }

    private void checkPlacement(OrgUnitId self, OrgUnitDetails details, LocalDate from) {
        if (details.kind() == OrgUnitKind.PROVINCE) {
            if (details.parentId() != null) {
                throw new RuleViolation("orgUnit.error.provinceHasNoParent");
            }
            return;
        }
        if (details.parentId() == null) {
            throw new RuleViolation("orgUnit.error.parentRequired");
        }
        OrgUnitId ancestor = details.parentId();
        Set<OrgUnitId> seen = new HashSet<>();
        while (ancestor != null) {
            if (ancestor.equals(self) || !seen.add(ancestor)) {
                throw new RuleViolation("orgUnit.error.cycle");
            }
            OrgUnitView above =
                    find(ancestor, from).orElseThrow(() -> new RuleViolation("orgUnit.error.parentNotValidOn", from));
            ancestor = above.parentId();
        }
    }

    private void checkCodeFree(OrgUnitId self, AgencyCode code, LocalDate from, Set<OrgUnitId> endingThatDay) {
        for (OrgUnit other : units.findEverHavingCode(code.value())) {
            if (other.id().equals(self) || endingThatDay.contains(other.id())) {
                continue;
            }
            boolean overlaps = other.versions().stream()
                    .anyMatch(v -> v.details().code().equals(code)
                            && (v.validTo() == null || v.validTo().isAfter(from)));
            if (overlaps) {
                throw new RuleViolation("orgUnit.error.codeTaken", code.value());
            }
        }
    }

    private void reparentChildren(OrgUnitId from, OrgUnitId to, LocalDate on) {
        for (OrgUnitView child : children(from, on)) {
            OrgUnit unit = load(child.id());
            OrgUnitDetails details = unit.latest().details().withParent(to);
            unit.change(details, on);
        }
    }

    private void transferRoles(OrgUnitId from, OrgUnitId to, Actor actor) {
        for (RoleAssignment assignment : roles.findByOrgUnitIdIn(List.of(from.value()))) {
            UUID account = assignment.account().value();
            if (roles.findByAccountIdAndOrgUnitIdAndRole(account, to.value(), assignment.role())
                    .isEmpty()) {
                roles.save(new RoleAssignment(assignment.account(), to, assignment.role(), actor.at(), actor.name()));
                events.publishEvent(new RoleGranted(assignment.account(), to, assignment.role(), actor));
            }
            roles.delete(assignment);
            events.publishEvent(new RoleRevoked(assignment.account(), from, assignment.role(), actor));
        }
    }
}
