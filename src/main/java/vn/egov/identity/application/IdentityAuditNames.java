package vn.egov.identity.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.AccountKind;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.domain.Account;
import vn.egov.identity.persistence.Accounts;
import vn.egov.identity.persistence.RoleAssignments;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.AuditDirectory;

/**
 * Names the people and org units in the audit log: accounts by their name (officials with a link to their page),
 * units by their name as they stand today, or as they last stood when they have ended.
 */
@Component
class IdentityAuditNames implements AuditDirectory {

    /** More matches than this for a person filter means the text is too vague to be a person. */
    private static final int PEOPLE_LIMIT = 200;

    private final Accounts accounts;
    private final RoleAssignments roles;
    private final OrgUnitRegistry units;
    private final Clock clock;

    IdentityAuditNames(Accounts accounts, RoleAssignments roles, OrgUnitRegistry units, Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.units = units;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Reference> actors(Collection<String> logins) {
        Set<String> wanted = new HashSet<>();
        logins.stream().filter(l -> l != null && !l.isBlank()).forEach(l -> {
            wanted.add(l);
            wanted.add(l.toLowerCase(Locale.ROOT));
        });
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, Reference> named = new HashMap<>();
        for (Account account : accounts.findByLogins(wanted)) {
            named.put(account.loginName(), reference(account));
        }
        return named;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Reference> subjects(SubjectKind kind, Collection<String> identifiers) {
        return switch (kind) {
            case ACCOUNT -> {
                Set<UUID> ids = uuids(identifiers);
                yield ids.isEmpty()
                        ? Map.of()
                        : accounts.findByIdIn(ids).stream()
                                .collect(Collectors.toMap(a -> a.id().toString(), this::reference, (a, b) -> a));
            }
            case LOGIN -> actors(identifiers);
            case ORG_UNIT -> {
                Map<String, Reference> named = new HashMap<>();
                for (UUID id : uuids(identifiers)) {
                    unit(new OrgUnitId(id)).ifPresent(u -> named.put(id.toString(), reference(u)));
                }
                yield named;
            }
            case AGENCY_CODE -> {
                Map<String, Reference> named = new HashMap<>();
                LocalDate today = LocalDate.now(clock);
                for (String code : identifiers) {
                    try {
                        units.findByCode(new AgencyCode(code), today).ifPresent(u -> named.put(code, reference(u)));
                    } catch (RuntimeException notACode) {
                        // an import's subject (ORG_UNITS, OFFICIALS) is no code: nothing to name
                    }
                }
                yield named;
            }
            default -> Map.of();
        };
    }

    @Override
    @Transactional(readOnly = true)
    public People peopleMatching(String text) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            return People.NONE;
        }
        return people(accounts.matching(wanted, PageRequest.of(0, PEOPLE_LIMIT)));
    }

    @Override
    public List<Unit> units() {
        List<OrgUnitView> tree = units.tree(LocalDate.now(clock));
        Map<OrgUnitId, Integer> depth = new HashMap<>();
        List<Unit> listed = new ArrayList<>(tree.size());
        for (OrgUnitView unit : tree) {
            int d = unit.parentId() == null ? 0 : depth.getOrDefault(unit.parentId(), -1) + 1;
            depth.put(unit.id(), d);
            listed.add(new Unit(unit.id().toString(), unit.name().vi(), d));
        }
        return listed;
    }

    @Override
    public Set<String> unitIdentifiers(String unitId) {
        Set<String> identifiers = new LinkedHashSet<>();
        for (OrgUnitView unit : within(unitId)) {
            identifiers.add(unit.id().toString());
            if (unit.code() != null) {
                identifiers.add(unit.code().value());
            }
        }
        return identifiers;
    }

    @Override
    @Transactional(readOnly = true)
    public People staffOf(String unitId) {
        Set<UUID> ids = within(unitId).stream().map(u -> u.id().value()).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return People.NONE;
        }
        Set<UUID> staff = roles.findByOrgUnitIdIn(ids).stream()
                .map(r -> r.account().value())
                .collect(Collectors.toSet());
        return staff.isEmpty() ? People.NONE : people(accounts.findByIdIn(staff));
    }

    /** The unit and every unit under it today; nothing for an id that names no unit. */
    private List<OrgUnitView> within(String unitId) {
        UUID root;
        try {
            root = UUID.fromString(unitId);
        } catch (RuntimeException notAnId) {
            return List.of();
        }
        List<OrgUnitView> tree = units.tree(LocalDate.now(clock));
        Map<OrgUnitId, List<OrgUnitView>> children = new HashMap<>();
        OrgUnitView start = null;
        for (OrgUnitView unit : tree) {
            if (unit.parentId() != null) {
                children.computeIfAbsent(unit.parentId(), p -> new ArrayList<>())
                        .add(unit);
            }
            if (unit.id().value().equals(root)) {
                start = unit;
            }
        }
        if (start == null) {
            return List.of();
        }
        List<OrgUnitView> found = new ArrayList<>();
        Deque<OrgUnitView> next = new ArrayDeque<>(List.of(start));
        while (!next.isEmpty()) {
            OrgUnitView unit = next.pop();
            found.add(unit);
            next.addAll(children.getOrDefault(unit.id(), List.of()));
        }
        return found;
    }

    private Optional<OrgUnitView> unit(OrgUnitId id) {
        Optional<OrgUnitView> today = units.find(id, LocalDate.now(clock));
        if (today.isPresent()) {
            return today;
        }
        List<OrgUnitView> history = units.history(id);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.getLast());
    }

    private static People people(List<Account> found) {
        return new People(
                found.stream().map(Account::loginName).collect(Collectors.toSet()),
                found.stream().map(a -> a.id().toString()).collect(Collectors.toSet()));
    }

    private Reference reference(Account account) {
        return new Reference(
                account.displayName(),
                account.kind() == AccountKind.OFFICIAL ? "/admin/officials/" + account.id() : null);
    }

    private static Reference reference(OrgUnitView unit) {
        return new Reference(unit.name().vi(), "/admin/org-units/" + unit.id());
    }

    private static Set<UUID> uuids(Collection<String> identifiers) {
        Set<UUID> ids = new HashSet<>();
        for (String identifier : identifiers) {
            try {
                ids.add(UUID.fromString(identifier));
            } catch (RuntimeException notAnId) {
                // a subject of another kind: not ours to name
            }
        }
        return ids;
    }
}
