package vn.egov.dossier.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.egov.dossier.domain.Dossier;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.NotFound;
import vn.egov.shared.Refused;
import vn.egov.shared.Role;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * Who may see and act on a dossier. Officials see only their own agency's dossiers: those received by a desk they
 * work in, and those their agency processes (the agency itself or its divisions). A dossier outside that is, to
 * them, not found — they learn nothing of it; a step their role does not allow is refused.
 */
@Component
public class DossierAccess {

    private final OrgUnitDirectory directory;
    private final Workflows workflows;
    private final Clock clock;

    DossierAccess(OrgUnitDirectory directory, Workflows workflows, Clock clock) {
        this.directory = directory;
        this.workflows = workflows;
        this.clock = clock;
    }

    /** A clerk of this desk (or of a unit above it) receives, refuses and returns there. */
    boolean worksAtDesk(SignedInUser user, OrgUnitId desk) {
        return user.roles().stream()
                .filter(r -> r.role() == Role.ONE_STOP_CLERK)
                .anyMatch(r -> within(desk, r.orgUnit()));
    }

    void requireDesk(SignedInUser user, OrgUnitId desk) {
        if (!worksAtDesk(user, desk)) {
            throw new Refused("dossier.error.notYourDesk");
        }
    }

    boolean canRead(SignedInUser user, Dossier dossier) {
        for (RoleInUnit role : user.roles()) {
            if (within(role.orgUnit(), dossier.receivingUnit())
                    || within(dossier.receivingUnit(), role.orgUnit())
                    || (dossier.processingAgency() != null && within(role.orgUnit(), dossier.processingAgency()))) {
                return true;
            }
        }
        return consulted(user, dossier);
    }

    /**
     * An agency asked for its opinion (an uploaded process's parallel step) reads the dossier while its task is
     * open, and its officials who wrote an opinion keep reading it: they need the papers to give the opinion.
     */
    private boolean consulted(SignedInUser user, Dossier dossier) {
        if (dossier.status().ordinal() < vn.egov.dossier.DossierStatus.PROCESSING.ordinal()) {
            return false;
        }
        CaseKey caseKey = new CaseKey(dossier.id().value().toString());
        for (WorkTask task : workflows.openTasks(caseKey)) {
            if (task.heldBy(user.accountId())) {
                return true;
            }
            for (RoleInUnit role : user.roles()) {
                if (task.candidateRoles().contains(role.role())
                        && task.candidateAgency() != null
                        && within(role.orgUnit(), task.candidateAgency())) {
                    return true;
                }
            }
        }
        return workflows.opinions(caseKey).stream().anyMatch(o -> o.author().equals(user.accountId()));
    }

    /** The dossier as this official may see it, or not found. */
    public Dossier readable(SignedInUser user, Dossier dossier) {
        if (!canRead(user, dossier)) {
            throw new NotFound("dossier.error.notFound");
        }
        return dossier;
    }

    /** Whether {@code unit} is {@code ancestor} or lies below it today. */
    boolean within(OrgUnitId unit, OrgUnitId ancestor) {
        LocalDate today = LocalDate.now(clock);
        OrgUnitId current = unit;
        for (int depth = 0; current != null && depth < 12; depth++) {
            if (current.equals(ancestor)) {
                return true;
            }
            Optional<OrgUnitView> view = directory.find(current, today);
            current = view.map(OrgUnitView::parentId).orElse(null);
        }
        return false;
    }

    /** The agency a unit belongs to: itself when it is one, else the nearest agency above it. */
    OrgUnitId agencyOf(OrgUnitId unit) {
        LocalDate today = LocalDate.now(clock);
        OrgUnitId current = unit;
        for (int depth = 0; current != null && depth < 12; depth++) {
            Optional<OrgUnitView> view = directory.find(current, today);
            if (view.isEmpty()) {
                return unit;
            }
            if (view.get().kind().isAgency()) {
                return current;
            }
            current = view.get().parentId();
        }
        return unit;
    }
}
