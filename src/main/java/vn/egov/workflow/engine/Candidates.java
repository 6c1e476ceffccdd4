package vn.egov.workflow.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.egov.identity.AccountId;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.StaffDirectory;
import vn.egov.shared.Role;

/**
 * Which task pools an official may take from: the candidate groups ({@code <unit id>:<ROLE>}) their duties make
 * them a member of, read from the directory at each call (a role taken away counts at once). A role held in a
 * division counts for the division and for the agency above it — tasks go to the agency that processes a
 * dossier, its specialists and division heads sit in its divisions; a role at a one-stop desk counts for the desk.
 */
@Component
class Candidates {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A division inside a division inside an agency is as deep as the directory goes; a cycle must not hang us. */
    private static final int MAX_DEPTH = 8;

    private final StaffDirectory staff;
    private final OrgUnitDirectory directory;
    private final Clock clock;

    Candidates(StaffDirectory staff, OrgUnitDirectory directory, Clock clock) {
        this.staff = staff;
        this.directory = directory;
        this.clock = clock;
    }

    Set<String> groupsOf(AccountId official) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), VIETNAM);
        Set<String> groups = new LinkedHashSet<>();
        for (RoleInUnit duty : staff.dutiesOf(official)) {
            if (!duty.role().isDuty()) {
                continue;
            }
            groups.add(ModelVocabulary.group(duty.orgUnit().toString(), duty.role()));
            agencyAbove(duty.orgUnit(), today)
                    .ifPresent(agency -> groups.add(ModelVocabulary.group(agency.toString(), duty.role())));
        }
        return groups;
    }

    boolean mayTake(AccountId official, Collection<String> taskGroups) {
        Set<String> mine = groupsOf(official);
        return taskGroups.stream().anyMatch(mine::contains);
    }

    /** Whether the official holds one of the roles in the unit (or a division of it). */
    boolean holds(AccountId official, OrgUnitId unit, Set<Role> roles) {
        Set<String> mine = groupsOf(official);
        return roles.stream().anyMatch(role -> mine.contains(ModelVocabulary.group(unit.toString(), role)));
    }

    /** The agency a division belongs to; empty for a unit that is itself an agency or a one-stop desk. */
    private Optional<OrgUnitId> agencyAbove(OrgUnitId unit, LocalDate today) {
        Optional<OrgUnitView> current = directory.find(unit, today);
        for (int depth = 0; depth < MAX_DEPTH && current.isPresent(); depth++) {
            OrgUnitView view = current.get();
            if (view.kind().isAgency() || view.parentId() == null) {
                return depth == 0 ? Optional.empty() : Optional.of(view.id());
            }
            if (view.kind() == vn.egov.identity.OrgUnitKind.ONE_STOP_DESK) {
                return Optional.empty();
            }
            current = directory.find(view.parentId(), today);
        }
        return Optional.empty();
    }
}
