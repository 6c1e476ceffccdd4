package vn.egov.dossier.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.egov.calendar.OfficialCalendar;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierChanged;
import vn.egov.dossier.DossierCode;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.HistoryEntry;
import vn.egov.dossier.persistence.CodeCounters;
import vn.egov.dossier.persistence.DossierHistory;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.Actors;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.NotFound;

/**
 * What every use case of the one-stop shop does around a step: load, apply, record the history, announce the
 * change, give codes and appointments. One place, so no step can forget its history line or its event.
 */
@Component
class DossierSteps {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Dossiers dossiers;
    private final DossierHistory history;
    private final CodeCounters counters;
    private final OrgUnitDirectory directory;
    private final OfficialCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Actors actors;
    private final Clock clock;

    DossierSteps(
            Dossiers dossiers,
            DossierHistory history,
            CodeCounters counters,
            OrgUnitDirectory directory,
            OfficialCalendar calendar,
            ApplicationEventPublisher events,
            Actors actors,
            Clock clock) {
        this.dossiers = dossiers;
        this.history = history;
        this.counters = counters;
        this.directory = directory;
        this.calendar = calendar;
        this.events = events;
        this.actors = actors;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    Dossier load(UUID id) {
        return dossiers.findById(id).orElseThrow(() -> new NotFound("dossier.error.notFound"));
    }

    Dossier save(Dossier dossier) {
        return dossiers.save(dossier);
    }

    /** The next code of the receiving unit for today (Vietnam's day). */
    DossierCode nextCode(OrgUnitId receivingUnit, Instant at) {
        var day = at.atZone(VIETNAM).toLocalDate();
        var unit = directory.find(receivingUnit, day).orElseThrow(() -> new NotFound("orgUnit.error.notFound"));
        return DossierCode.of(unit.code(), day, counters.next(unit.code().value(), day));
    }

    /**
     * The next code of the receiving unit for today, taken outside any transaction and not given back when the
     * dossier then fails to be written (see {@link CodeCounters#reserve}).
     */
    DossierCode reserveCode(OrgUnitId receivingUnit, Instant at) {
        var day = at.atZone(VIETNAM).toLocalDate();
        var unit = directory.find(receivingUnit, day).orElseThrow(() -> new NotFound("orgUnit.error.notFound"));
        return DossierCode.of(unit.code(), day, counters.reserve(unit.code().value(), day));
    }

    /** When the legal time runs out, counted from receipt, with the clock's pauses and the procedure's rule. */
    Instant appointment(Dossier dossier) {
        if (dossier.receivedAt() == null || dossier.pausedAt() != null) {
            return null;
        }
        return calendar.deadline(
                        dossier.receivedAt(), dossier.processingDays(), dossier.pauses(), dossier.supplementPolicy())
                .due();
    }

    /** Takes a step on a dossier already stored and writes its history line and event. */
    Dossier.Transition step(Dossier dossier, DossierAction action, String note, SignedInUser who, OrgUnitId unit) {
        return step(dossier, action, note, who, unit, null);
    }

    Dossier.Transition step(
            Dossier dossier, DossierAction action, String note, SignedInUser who, OrgUnitId unit, String stepName) {
        Instant now = now();
        Dossier.Transition transition = dossier.apply(action, note, now);
        record(dossier, transition, who, unit, stepName);
        return transition;
    }

    /** Writes the history line and the event of a transition the dossier has made (or began with). */
    void record(Dossier dossier, Dossier.Transition transition, SignedInUser who, OrgUnitId unit, String stepName) {
        Instant now = now();
        dossiers.save(dossier);
        history.save(new HistoryEntry(
                dossier.id().value(),
                transition,
                now,
                who == null ? null : who.accountId().value(),
                who == null ? "Hệ thống" : who.displayName(),
                unit == null ? null : unit.value(),
                stepName));
        Actor actor = who == null ? Actor.system("system", now) : actors.current();
        events.publishEvent(new DossierChanged(
                dossier.id(), dossier.code(), transition.action(), transition.from(), transition.to(), actor));
    }

    List<HistoryEntry> historyOf(Dossier dossier) {
        return history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value());
    }
}
