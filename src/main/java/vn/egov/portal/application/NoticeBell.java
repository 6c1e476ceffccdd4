package vn.egov.portal.application;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierChanged;
import vn.egov.dossier.MyDossiers;
import vn.egov.identity.AccountId;
import vn.egov.portal.persistence.PortalNotices;
import vn.egov.portal.persistence.PortalNotices.PortalNotice;
import vn.egov.shared.NotFound;

/**
 * The notices in the portal beside the e-mail and SMS of the notice module: one per step of a dossier that the
 * applicant should know of, for the account that submitted it, with the bell's unread count. Runs after the step's
 * transaction commits, from the event publication registry; a redelivered event finds its notice and adds none
 * (the step's moment, carried by the event, is part of its key).
 */
@Service
public class NoticeBell {

    private static final Logger log = LoggerFactory.getLogger(NoticeBell.class);

    /** The steps the applicant hears of: what the administration did, not its internal handovers. */
    static final Set<DossierAction> NOTIFIED = EnumSet.of(
            DossierAction.RECEIVE,
            DossierAction.REQUEST_COMPLETION,
            DossierAction.REFUSE,
            DossierAction.REQUEST_SUPPLEMENT,
            DossierAction.RECEIVE_SUPPLEMENT,
            DossierAction.REQUEST_PAYMENT,
            DossierAction.RECORD_PAYMENT,
            DossierAction.APOLOGISE,
            DossierAction.WITHDRAW,
            DossierAction.STOP,
            DossierAction.FINISH,
            DossierAction.RETURN_RESULT);

    /** The notices page shows this many, newest first: older ones are in each dossier's timeline anyway. */
    private static final int PAGE = 100;

    private final MyDossiers dossiers;
    private final PortalNotices notices;
    private final Clock clock;

    NoticeBell(MyDossiers dossiers, PortalNotices notices, Clock clock) {
        this.dossiers = dossiers;
        this.notices = notices;
        this.clock = clock;
    }

    /** One notice as a page shows it. */
    public record Notice(
            long id,
            String dossierCode,
            String procedureName,
            DossierAction step,
            String status,
            java.time.Instant at,
            boolean read) {}

    @ApplicationModuleListener
    void on(DossierChanged changed) {
        if (!NOTIFIED.contains(changed.step())) {
            return;
        }
        Optional<MyDossiers.Owner> owner = dossiers.ownerOf(changed.dossier());
        if (owner.isEmpty()) {
            // submitted at the desk without an account: the applicant reads e-mail and SMS, not the portal
            return;
        }
        java.time.Instant at = changed.actor() != null && changed.actor().at() != null
                ? changed.actor().at()
                : clock.instant();
        MyDossiers.Owner mine = owner.get();
        boolean added = notices.addOnce(new PortalNotice(
                0,
                mine.account().value(),
                changed.dossier().value(),
                changed.code() != null
                        ? changed.code().value()
                        : mine.code() == null ? null : mine.code().value(),
                mine.procedureName().vi(),
                mine.procedureName().en(),
                changed.step().name(),
                changed.to().name(),
                at,
                null));
        if (!added) {
            log.debug("Portal notice {} of dossier {} was stored already", changed.step(), changed.dossier());
        }
    }

    /** The bell's number for a signed-in applicant. */
    @Transactional(readOnly = true)
    public long unread(AccountId account) {
        return notices.unread(account.value());
    }

    /** The person's notices, newest first. */
    @Transactional(readOnly = true)
    public List<Notice> of(AccountId account, Locale locale) {
        return notices.latest(account.value(), PAGE).stream()
                .map(n -> new Notice(
                        n.id(),
                        n.dossierCode(),
                        "en".equals(locale.getLanguage()) && n.procedureNameEn() != null
                                ? n.procedureNameEn()
                                : n.procedureNameVi(),
                        DossierAction.valueOf(n.step()),
                        n.status(),
                        n.happenedAt(),
                        n.readAt() != null))
                .toList();
    }

    /**
     * Opens a notice: read from now on; answers the code of its dossier (empty before there is one).
     *
     * @throws NotFound for a notice that is not the person's
     */
    @Transactional
    public Optional<String> open(AccountId account, long id) {
        return notices.markRead(account.value(), id, clock.instant())
                .orElseThrow(() -> new NotFound("tracking.error.noticeNotFound"));
    }

    @Transactional
    public int readAll(AccountId account) {
        return notices.markAllRead(account.value(), clock.instant());
    }
}
