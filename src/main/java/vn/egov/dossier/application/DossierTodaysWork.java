package vn.egov.dossier.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.SignedInUser;
import vn.egov.identity.StaffDirectory;
import vn.egov.shared.Role;
import vn.egov.shared.TodaysWork;

/**
 * The one-stop shop's work for the home page: for a desk clerk, the dossiers waiting at their desks (to receive,
 * and results to return); for the officials who process dossiers, the tasks they hold, those waiting in their
 * units' pools, and how many of them are overdue or due within a working day.
 */
@Component
class DossierTodaysWork implements TodaysWork {

    /** The duties that process dossiers, and so have an inbox. */
    private static final Set<Role> PROCESSING = EnumSet.of(Role.SPECIALIST, Role.DIVISION_HEAD, Role.AGENCY_LEADER);

    private final StaffDirectory staff;
    private final DossierQueries queries;
    private final Dossiers dossiers;

    DossierTodaysWork(StaffDirectory staff, DossierQueries queries, Dossiers dossiers) {
        this.staff = staff;
        this.queries = queries;
        this.dossiers = dossiers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> of(String login) {
        SignedInUser official = staff.actingOfficial(login).orElse(null);
        if (official == null) {
            return List.of();
        }
        List<Item> work = new ArrayList<>();
        List<UUID> desks =
                queries.desksOf(official).stream().map(d -> d.id().value()).toList();
        if (!desks.isEmpty()) {
            work.add(new Item(
                    "home.work.deskWaiting",
                    dossiers.countByReceivingUnitIdInAndStatus(desks, DossierStatus.NEW),
                    "/desk/queue",
                    false));
            work.add(new Item(
                    "home.work.resultsToReturn",
                    dossiers.countByReceivingUnitIdInAndStatus(desks, DossierStatus.PROCESSED),
                    "/desk/queue",
                    false));
            work.add(new Item("home.work.receive", -1, "/desk", false));
        }
        if (official.roles().stream().anyMatch(r -> PROCESSING.contains(r.role()))) {
            DossierQueries.Inbox inbox = queries.inbox(official, null);
            work.add(new Item("home.work.mine", inbox.mine().size(), "/inbox", false));
            work.add(new Item("home.work.pool", inbox.pool().size(), "/inbox", false));
            work.add(new Item(
                    "home.work.overdue",
                    inbox.rows().stream()
                            .filter(r -> r.urgency() == InboxRow.Urgency.OVERDUE)
                            .count(),
                    "/inbox",
                    true));
            work.add(new Item(
                    "home.work.dueSoon",
                    inbox.rows().stream()
                            .filter(r -> r.urgency() == InboxRow.Urgency.DUE_SOON)
                            .count(),
                    "/inbox",
                    false));
        }
        return work;
    }
}
