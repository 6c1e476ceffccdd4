package vn.egov.dossier.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.egov.calendar.ClockPause;
import vn.egov.calendar.SupplementPolicy;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.catalogue.ProcedureVersionId;
import vn.egov.dossier.Applicant;
import vn.egov.dossier.Channel;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierCode;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.Punctuality;
import vn.egov.dossier.ResultDelivery;
import vn.egov.identity.OrgUnitId;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.StateConflict;

/**
 * A dossier: the aggregate whose status is the truth of where an application stands. Every change goes through
 * {@link #apply}, which checks the step against {@link Lifecycle} and answers the {@link Transition} the caller
 * records in the history; nothing else writes the status.
 */
@Entity
@Table(schema = "dossier", name = "dossier")
public class Dossier {

    @Id
    private UUID id;

    private String code;

    @Convert(converter = StatusColumn.class)
    private DossierStatus status;

    @Convert(converter = ChannelColumn.class)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private ResultDelivery resultDelivery;

    private String procedureCode;
    private UUID procedureVersionId;
    private String procedureNameVi;
    private String procedureNameEn;
    private UUID receivingUnitId;
    private UUID processingAgencyId;

    @Enumerated(EnumType.STRING)
    private ApplicantKind applicantKind;

    private String applicantIdNumber;
    private String applicantName;
    private String applicantPhone;
    private String applicantEmail;
    private String applicantAddress;
    private String representativeName;
    private String representativeId;
    private UUID applicantAccountId;
    /** "vi" or "en": the language of the notices the applicant gets. */
    private String applicantLanguage = "vi";

    @JdbcTypeCode(SqlTypes.JSON)
    private String formData;

    private BigDecimal processingDays;

    @Enumerated(EnumType.STRING)
    private SupplementPolicy supplementPolicy;

    private Instant submittedAt;
    private Instant receivedAt;
    private UUID receivedBy;
    private Instant dueAt;
    private Instant promisedAt;
    private Instant pausedAt;
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private Instant returnedAt;

    @Column(length = 2000)
    private String closingReason;

    private int supplementRounds;
    private long feeAmount;

    /**
     * The catalogue lines of the version an online dossier's fee was reckoned by (their positions, comma-separated:
     * the applicant's choice, the standard line of each kind not chosen); {@code null} for a dossier received at the
     * desk or submitted before the choice existed (the standard lines).
     */
    @Column(length = 200)
    private String feeLines;

    private Instant feePaidAt;

    @Enumerated(EnumType.STRING)
    private Rating rating;

    private String ratingComment;
    private Instant ratedAt;
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(schema = "dossier", name = "clock_pause", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderBy("pausedAt")
    private List<Pause> pauses = new ArrayList<>();

    /** How processing ended. */
    public enum Outcome {
        /** The request is granted: a result document. */
        GRANTED,
        /** The request is refused with reasons (still "processed"). */
        REFUSED
    }

    /** The applicant's rating of the service (Decision 766: satisfied, neutral, dissatisfied). */
    public enum Rating {
        SATISFIED,
        NEUTRAL,
        DISSATISFIED
    }

    /** A status change, for the history and the events: what was done, from where to where, with what note. */
    public record Transition(DossierAction action, DossierStatus from, DossierStatus to, String note) {}

    /** What a new dossier is, whatever channel it came through. */
    public record Intake(
            Channel channel,
            ResultDelivery resultDelivery,
            String procedureCode,
            ProcedureVersionId procedureVersion,
            String procedureNameVi,
            String procedureNameEn,
            OrgUnitId receivingUnit,
            OrgUnitId processingAgency,
            Applicant applicant,
            UUID applicantAccount,
            String formData,
            BigDecimal processingDays,
            SupplementPolicy supplementPolicy,
            long feeAmount,
            List<Integer> feeLines) {

        public Intake {
            feeLines = feeLines == null ? List.of() : List.copyOf(feeLines);
        }
    }

    @Embeddable
    public static class Pause {
        private Instant pausedAt;
        private Instant resumedAt;

        protected Pause() {}

        Pause(Instant pausedAt) {
            this.pausedAt = pausedAt;
        }

        public ClockPause toClockPause() {
            return new ClockPause(pausedAt, resumedAt);
        }
    }

    protected Dossier() {}

    private Dossier(Intake intake, DossierStatus status, Instant now) {
        this.id = UUID.randomUUID();
        this.status = status;
        this.channel = intake.channel();
        this.resultDelivery = intake.resultDelivery();
        this.procedureCode = intake.procedureCode();
        this.procedureVersionId = intake.procedureVersion().value();
        this.procedureNameVi = intake.procedureNameVi();
        this.procedureNameEn = intake.procedureNameEn();
        this.receivingUnitId = intake.receivingUnit().value();
        this.processingAgencyId = intake.processingAgency() == null
                ? null
                : intake.processingAgency().value();
        Applicant applicant = intake.applicant();
        this.applicantKind = applicant.kind();
        this.applicantIdNumber = applicant.idNumber();
        this.applicantName = applicant.fullName();
        this.applicantPhone = applicant.phone();
        this.applicantEmail = applicant.email();
        this.applicantAddress = applicant.address();
        this.representativeName = applicant.representativeName();
        this.representativeId = applicant.representativeIdNumber();
        this.applicantAccountId = intake.applicantAccount();
        this.applicantLanguage = applicant.language().getLanguage();
        this.formData = intake.formData();
        this.processingDays = intake.processingDays();
        this.supplementPolicy = intake.supplementPolicy() == null ? SupplementPolicy.PAUSE : intake.supplementPolicy();
        this.feeAmount = intake.feeAmount();
        this.feeLines = intake.feeLines().isEmpty()
                ? null
                : String.join(
                        ",", intake.feeLines().stream().map(String::valueOf).toList());
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /**
     * A new dossier begun by {@code action}: submitted online or registered at the desk (status 1), received at
     * the desk at once (2), or refused at the desk (3).
     */
    public static Dossier begin(Intake intake, DossierAction action, Instant now) {
        return new Dossier(intake, Lifecycle.start(action), now);
    }

    /**
     * Takes one step: checks it against the lifecycle, moves the status, and answers what happened. The caller
     * has done what the step needs (a code, a deadline, a paper) through the methods below first.
     */
    public Transition apply(DossierAction action, String note, Instant now) {
        DossierStatus from = status;
        DossierStatus to = Lifecycle.next(from, action);
        switch (action) {
            case REQUEST_SUPPLEMENT -> {
                supplementRounds++;
                pause(now);
            }
            case REQUEST_PAYMENT -> pause(now);
            case RECEIVE_SUPPLEMENT, RECORD_PAYMENT -> resume(now);
            case FINISH -> finishedAt = now;
            case RETURN_RESULT -> returnedAt = now;
            case WITHDRAW, STOP, REFUSE -> {
                closingReason = note;
                if (pausedAt != null) {
                    resume(now);
                }
            }
            default -> {}
        }
        if (action == DossierAction.RECORD_PAYMENT) {
            feePaidAt = now;
        }
        status = to;
        updatedAt = now;
        return new Transition(action, from, to, note);
    }

    /**
     * The procedure's fee was paid ahead of a payment request (online, before processing): recorded with a history
     * line of its own, the status unchanged.
     */
    public Transition feePaidAhead(String note, Instant now) {
        if (feePaidAt != null || status.isFinal()) {
            throw new StateConflict("dossier.error.transition", DossierAction.RECORD_PAYMENT.name(), status.name());
        }
        feePaidAt = now;
        updatedAt = now;
        return new Transition(DossierAction.RECORD_PAYMENT, status, status, note);
    }

    /** Why the dossier's story ended here (refused at receipt, withdrawn, stopped). */
    public void close(String reason) {
        this.closingReason = reason;
    }

    /** The code given at submission or receipt; once given it never changes. */
    public void assignCode(DossierCode dossierCode) {
        if (code != null) {
            throw new StateConflict("dossier.error.codeGiven", code);
        }
        this.code = dossierCode.value();
    }

    /** Received now by this official, with the appointment the calendar computed from the legal time. */
    public void markReceived(Instant at, UUID clerk, Instant appointment) {
        this.receivedAt = at;
        this.receivedBy = clerk;
        this.dueAt = appointment;
    }

    /** The appointment after the clock moved (a pause ended, or the count restarted). */
    public void reschedule(Instant appointment) {
        this.dueAt = appointment;
    }

    /** The new date an apology letter promises (form 04); the dossier is still measured against the old one. */
    public void promise(Instant newDate, Instant now) {
        if (dueAt != null && !newDate.isAfter(dueAt)) {
            throw new RuleViolation("dossier.error.promiseBeforeDue");
        }
        if (dueAt != null && now.isAfter(dueAt)) {
            // Decree 118/2025: the letter must be sent before the appointment passes
            throw new StateConflict("dossier.error.apologyTooLate");
        }
        this.promisedAt = newDate;
    }

    public void decide(Outcome decided) {
        this.outcome = decided;
    }

    public void rate(Rating given, String comment, Instant at) {
        if (ratedAt != null) {
            throw new StateConflict("dossier.error.alreadyRated");
        }
        this.rating = given;
        this.ratingComment = comment;
        this.ratedAt = at;
    }

    private void pause(Instant at) {
        if (pausedAt == null) {
            pausedAt = at;
            pauses.add(new Pause(at));
            dueAt = null;
        }
    }

    private void resume(Instant at) {
        if (pausedAt != null) {
            pauses.stream().filter(p -> p.resumedAt == null).forEach(p -> p.resumedAt = at);
            pausedAt = null;
        }
    }

    /** Early, on time or late: against the appointment, once processing has ended (or now, while it runs). */
    public Punctuality punctuality(Instant now) {
        if (dueAt == null) {
            return Punctuality.ON_TIME;
        }
        Instant end = finishedAt != null ? finishedAt : now;
        if (finishedAt == null && !end.isAfter(dueAt)) {
            return Punctuality.ON_TIME;
        }
        return Punctuality.of(end, dueAt);
    }

    public DossierId id() {
        return new DossierId(id);
    }

    public DossierCode code() {
        return code == null ? null : new DossierCode(code);
    }

    public DossierStatus status() {
        return status;
    }

    public Channel channel() {
        return channel;
    }

    public ResultDelivery resultDelivery() {
        return resultDelivery;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public ProcedureVersionId procedureVersion() {
        return new ProcedureVersionId(procedureVersionId);
    }

    public String procedureNameVi() {
        return procedureNameVi;
    }

    public String procedureNameEn() {
        return procedureNameEn;
    }

    public OrgUnitId receivingUnit() {
        return new OrgUnitId(receivingUnitId);
    }

    public OrgUnitId processingAgency() {
        return processingAgencyId == null ? null : new OrgUnitId(processingAgencyId);
    }

    public Applicant applicant() {
        return new Applicant(
                applicantKind,
                applicantIdNumber,
                applicantName,
                applicantPhone,
                applicantEmail,
                applicantAddress,
                representativeName,
                representativeId,
                java.util.Locale.forLanguageTag(applicantLanguage));
    }

    public UUID applicantAccount() {
        return applicantAccountId;
    }

    public String formData() {
        return formData;
    }

    public BigDecimal processingDays() {
        return processingDays;
    }

    public SupplementPolicy supplementPolicy() {
        return supplementPolicy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public UUID receivedBy() {
        return receivedBy;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant promisedAt() {
        return promisedAt;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Instant returnedAt() {
        return returnedAt;
    }

    public String closingReason() {
        return closingReason;
    }

    public int supplementRounds() {
        return supplementRounds;
    }

    public long feeAmount() {
        return feeAmount;
    }

    /** The catalogue lines the applicant chose the fee by (positions in the version's fees); empty: nobody chose. */
    public List<Integer> feeLines() {
        if (feeLines == null || feeLines.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(feeLines.split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .toList();
    }

    public Instant feePaidAt() {
        return feePaidAt;
    }

    public Rating rating() {
        return rating;
    }

    public String ratingComment() {
        return ratingComment;
    }

    public List<ClockPause> pauses() {
        return pauses.stream().map(Pause::toClockPause).toList();
    }

    public long version() {
        return version;
    }
}
