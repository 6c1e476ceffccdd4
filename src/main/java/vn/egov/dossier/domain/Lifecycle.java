package vn.egov.dossier.domain;

import static vn.egov.dossier.DossierAction.*;
import static vn.egov.dossier.DossierStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierStatus;
import vn.egov.shared.StateConflict;

/**
 * The one table of a dossier's allowed steps: for each status, which actions are allowed and the status each
 * leads to (Decree 118/2025/NĐ-CP, Circular 03/2025/TT-VPCP; national statuses {@code TrangThaiHoSo}). A dossier
 * begins with {@link #start}: submitted or registered (status 1), received at the desk (2), or refused at the
 * desk (3). Anything not in the table is a {@link StateConflict} and changes nothing.
 */
public final class Lifecycle {

    private static final Map<DossierStatus, Map<DossierAction, DossierStatus>> STEPS =
            new EnumMap<>(DossierStatus.class);

    static {
        allow(NEW, REQUEST_COMPLETION, NEW);
        allow(NEW, COMPLETE, NEW);
        allow(NEW, RECEIVE, RECEIVED);
        allow(NEW, REFUSE, NOT_ACCEPTED);
        allow(NEW, WITHDRAW, WITHDRAWN);

        allow(RECEIVED, START_PROCESSING, PROCESSING);
        allow(RECEIVED, REQUEST_PAYMENT, FINANCIAL_OBLIGATION);
        allow(RECEIVED, WITHDRAW, WITHDRAWN);

        allow(PROCESSING, HAND_OVER, PROCESSING);
        allow(PROCESSING, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED);
        allow(PROCESSING, REQUEST_PAYMENT, FINANCIAL_OBLIGATION);
        allow(PROCESSING, APOLOGISE, PROCESSING);
        allow(PROCESSING, WITHDRAW, WITHDRAWN);
        allow(PROCESSING, STOP, STOPPED);
        allow(PROCESSING, FINISH, PROCESSED);

        allow(SUPPLEMENT_REQUESTED, RECEIVE_SUPPLEMENT, PROCESSING);
        allow(SUPPLEMENT_REQUESTED, APOLOGISE, SUPPLEMENT_REQUESTED);
        allow(SUPPLEMENT_REQUESTED, WITHDRAW, WITHDRAWN);
        allow(SUPPLEMENT_REQUESTED, STOP, STOPPED);

        allow(FINANCIAL_OBLIGATION, RECORD_PAYMENT, PROCESSING);
        allow(FINANCIAL_OBLIGATION, APOLOGISE, FINANCIAL_OBLIGATION);
        allow(FINANCIAL_OBLIGATION, WITHDRAW, WITHDRAWN);
        allow(FINANCIAL_OBLIGATION, STOP, STOPPED);

        allow(PROCESSED, RETURN_RESULT, RESULT_RETURNED);

        allow(RESULT_RETURNED, RATE, RESULT_RETURNED);
    }

    /** How a dossier can begin: with which action, in which status. */
    private static final Map<DossierAction, DossierStatus> STARTS =
            Map.of(SUBMIT, NEW, REQUEST_COMPLETION, NEW, RECEIVE, RECEIVED, REFUSE, NOT_ACCEPTED);

    private Lifecycle() {}

    private static void allow(DossierStatus from, DossierAction action, DossierStatus to) {
        STEPS.computeIfAbsent(from, s -> new EnumMap<>(DossierAction.class)).put(action, to);
    }

    /** The status a dossier has after {@code action} from {@code from}, or a conflict naming both. */
    public static DossierStatus next(DossierStatus from, DossierAction action) {
        return step(from, action)
                .orElseThrow(() -> new StateConflict("dossier.error.transition", action.name(), from.name()));
    }

    public static Optional<DossierStatus> step(DossierStatus from, DossierAction action) {
        return Optional.ofNullable(STEPS.getOrDefault(from, Map.of()).get(action));
    }

    /** The status of a new dossier begun by {@code action}, or a conflict. */
    public static DossierStatus start(DossierAction action) {
        DossierStatus status = STARTS.get(action);
        if (status == null) {
            throw new StateConflict("dossier.error.start", action.name());
        }
        return status;
    }

    /** What can be done from a status (what a page offers). */
    public static Set<DossierAction> allowedFrom(DossierStatus status) {
        Map<DossierAction, DossierStatus> steps = STEPS.get(status);
        return steps == null
                ? Collections.unmodifiableSet(EnumSet.noneOf(DossierAction.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(steps.keySet()));
    }
}
