package vn.egov.dossier.application;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.Channel;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierCode;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.MyDossiers;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.HistoryEntry;
import vn.egov.dossier.domain.Lifecycle;
import vn.egov.dossier.domain.Paper;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.dossier.persistence.Papers;
import vn.egov.dossier.slip.SlipForm;
import vn.egov.dossier.slip.Slips;
import vn.egov.files.FileStore;
import vn.egov.identity.AccountId;
import vn.egov.identity.SignedInUser;
import vn.egov.shared.FormProblems;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.NotFound;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.StateConflict;

/**
 * The applicant's side of the one-stop shop ({@link MyDossiers}): their own dossiers, read and acted on from the
 * portal. Ownership is the account the dossier was submitted with, nothing else (not a CCCD number typed into a
 * form). The steps reuse {@link Processing}'s, so an answer online moves the clock and the tasks exactly as the desk's
 * receipt of a supplement does; the history line names the applicant as the one who acted.
 */
@Service
class MyDossierSteps implements MyDossiers {

    private static final int MAX_TEXT = 2000;

    /** How {@link Processing#requestPayment} writes its history note: the amount, then the official's note. */
    private static final Pattern PAYMENT_NOTE = Pattern.compile("(\\d{1,15}) VND(?: — .*)?", Pattern.DOTALL);

    /** The steps whose note is written for the applicant; the others are the administration's own. */
    private static final Set<DossierAction> NOTES_FOR_APPLICANT = EnumSet.of(
            DossierAction.REQUEST_COMPLETION,
            DossierAction.COMPLETE,
            DossierAction.REFUSE,
            DossierAction.REQUEST_SUPPLEMENT,
            DossierAction.RECEIVE_SUPPLEMENT,
            DossierAction.REQUEST_PAYMENT,
            DossierAction.RECORD_PAYMENT,
            DossierAction.APOLOGISE,
            DossierAction.WITHDRAW,
            DossierAction.STOP,
            DossierAction.RETURN_RESULT,
            DossierAction.RATE);

    /** What the applicant does here, of all the lifecycle allows. */
    private static final Set<DossierAction> APPLICANT_STEPS =
            EnumSet.of(DossierAction.RECEIVE_SUPPLEMENT, DossierAction.WITHDRAW, DossierAction.RATE);

    /** The control slip (06) carries the officials' internal opinions: it travels inside the administration. */
    private static final Set<SlipForm> APPLICANT_SLIPS = EnumSet.complementOf(EnumSet.of(SlipForm.CONTROL));

    private final Dossiers dossiers;
    private final DossierSteps steps;
    private final Processing processing;
    private final Results results;
    private final Slips slips;
    private final Papers papers;
    private final FileStore files;

    MyDossierSteps(
            Dossiers dossiers,
            DossierSteps steps,
            Processing processing,
            Results results,
            Slips slips,
            Papers papers,
            FileStore files) {
        this.dossiers = dossiers;
        this.steps = steps;
        this.processing = processing;
        this.results = results;
        this.slips = slips;
        this.papers = papers;
        this.files = files;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Row> list(AccountId applicant) {
        return dossiers.findByApplicantAccountIdOrderBySubmittedAtDesc(applicant.value()).stream()
                .map(d -> new Row(d.code(), nameOf(d), d.status(), d.submittedAt(), due(d), pending(d)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public View view(AccountId applicant, String code) {
        Dossier dossier = own(applicant, code);
        List<HistoryEntry> history = steps.historyOf(dossier);
        Set<DossierAction> allowed = EnumSet.noneOf(DossierAction.class);
        for (DossierAction action : APPLICANT_STEPS) {
            if (Lifecycle.step(dossier.status(), action).isPresent()) {
                allowed.add(action);
            }
        }
        if (dossier.rating() != null) {
            allowed.remove(DossierAction.RATE);
        }
        List<Step> timeline = history.stream()
                .filter(line -> line.action() != DossierAction.ATTACH_RESULT)
                .map(line ->
                        new Step(line.at(), line.action(), line.toStatus(), line.stepName(), noteFor(dossier, line)))
                .toList();
        return new View(
                dossier.code(),
                dossier.procedureCode(),
                nameOf(dossier),
                dossier.status(),
                dossier.channel(),
                dossier.resultDelivery(),
                dossier.submittedAt(),
                dossier.receivedAt(),
                due(dossier),
                dossier.finishedAt(),
                dossier.returnedAt(),
                pending(dossier),
                asked(dossier, history),
                feeDue(dossier, history),
                dossier.rating() == null ? null : dossier.rating().name(),
                dossier.ratingComment(),
                allowed,
                slips.available(dossier.id()).stream()
                        .filter(APPLICANT_SLIPS::contains)
                        .map(SlipForm::number)
                        .toList(),
                results.downloadable(dossier),
                timeline);
    }

    @Override
    @Transactional
    public void answerSupplement(SignedInUser applicant, String code, String note, List<FileStore.Upload> uploads) {
        Dossier dossier = own(applicant.accountId(), code);
        FormProblems problems = new FormProblems();
        String text = problems.limit("note", note, MAX_TEXT);
        List<FileStore.Upload> given = uploads == null
                ? List.of()
                : uploads.stream().filter(u -> u != null && u.size() > 0).toList();
        if (given.isEmpty()) {
            problems.add("files", "tracking.error.noPapers");
        }
        problems.throwIfAny();
        // the state first: a late answer to a request already met is a conflict, whatever the files are
        Lifecycle.next(dossier.status(), DossierAction.RECEIVE_SUPPLEMENT);
        List<FileStore.CheckedFile> checked;
        try {
            checked = files.check(given);
        } catch (InvalidInput refused) {
            // the store names each upload (files[0], …): the page has one input for all of them
            throw new InvalidInput(java.util.Map.of(
                    "files",
                    refused.problemsByField().values().stream()
                            .flatMap(List::stream)
                            .distinct()
                            .toList()));
        }
        files.keep(checked);
        Instant now = steps.now();
        for (FileStore.CheckedFile file : checked) {
            Paper paper = new Paper(
                    dossier.id().value(),
                    Paper.Purpose.SUPPLEMENT,
                    null,
                    file.name(),
                    0,
                    1,
                    now,
                    applicant.accountId().value());
            paper.attach(file.sha256(), file.name(), file.mediaType(), file.size());
            papers.save(paper);
        }
        String papersNote = String.join(
                ", ", checked.stream().map(FileStore.CheckedFile::name).toList());
        String line = "Nộp bổ sung trực tuyến: " + papersNote + (text == null ? "" : " — " + text);
        processing.supplementArrived(dossier, line.length() > MAX_TEXT ? line.substring(0, MAX_TEXT) : line, applicant);
    }

    @Override
    @Transactional
    public void withdraw(SignedInUser applicant, String code, String reason) {
        Dossier dossier = own(applicant.accountId(), code);
        FormProblems problems = new FormProblems();
        String why = problems.require("reason", reason);
        if (why != null) {
            why = problems.limit("reason", why, MAX_TEXT);
        }
        problems.throwIfAny();
        Lifecycle.next(dossier.status(), DossierAction.WITHDRAW);
        processing.withdrawn(dossier, why, applicant);
    }

    @Override
    @Transactional
    public void rate(SignedInUser applicant, String code, String rating, String comment) {
        Dossier dossier = own(applicant.accountId(), code);
        FormProblems problems = new FormProblems();
        Dossier.Rating given = null;
        if (rating == null || rating.isBlank()) {
            problems.add("rating", "validation.required");
        } else {
            try {
                given = Dossier.Rating.valueOf(rating.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add("rating", "tracking.error.rating");
            }
        }
        String text = problems.limit("comment", comment, MAX_TEXT);
        problems.throwIfAny();
        if (dossier.rating() != null) {
            throw new StateConflict("dossier.error.alreadyRated");
        }
        processing.rated(dossier, given, text, applicant);
    }

    @Override
    @Transactional(readOnly = true)
    public Slip slip(AccountId applicant, String code, String form) {
        Dossier dossier = own(applicant, code);
        SlipForm slip = SlipForm.of(form);
        if (!APPLICANT_SLIPS.contains(slip)) {
            throw new NotFound("dossier.error.noSuchSlip");
        }
        return new Slip("mau-" + slip.number() + ".pdf", slips.renderAdmitted(dossier, slip));
    }

    @Override
    @Transactional
    public Result result(AccountId applicant, String code) {
        Dossier dossier = own(applicant, code);
        Results.Download download = results.download(dossier, "account:" + applicant.value());
        return new Result(
                download.file().name(),
                download.file().mediaType(),
                download.file().size(),
                download.content());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Owner> ownerOf(DossierId id) {
        return dossiers.findById(id.value())
                .filter(d -> d.applicantAccount() != null)
                .map(d -> new Owner(new AccountId(d.applicantAccount()), d.code(), nameOf(d), d.status()));
    }

    /** The dossier if this account submitted it; anything else — another's, none, a malformed code — not found. */
    private Dossier own(AccountId applicant, String code) {
        if (applicant == null || code == null || !DossierCode.looksLikeOne(code)) {
            throw new NotFound("dossier.error.notFound");
        }
        DossierCode wanted;
        try {
            wanted = new DossierCode(code);
        } catch (RuleViolation malformed) {
            throw new NotFound("dossier.error.notFound");
        }
        return dossiers.findByCode(wanted.value())
                .filter(d -> applicant.value().equals(d.applicantAccount()))
                .orElseThrow(() -> new NotFound("dossier.error.notFound"));
    }

    private static LocalizedText nameOf(Dossier dossier) {
        return LocalizedText.of(dossier.procedureNameVi(), dossier.procedureNameEn());
    }

    /** The date promised: an apology's new date when there is one, else the appointment. */
    private static Instant due(Dossier dossier) {
        if (dossier.status().isFinal() || dossier.status() == DossierStatus.PROCESSED) {
            return null;
        }
        return dossier.promisedAt() != null ? dossier.promisedAt() : dossier.dueAt();
    }

    private static Pending pending(Dossier dossier) {
        return switch (dossier.status()) {
            case SUPPLEMENT_REQUESTED -> Pending.SUPPLEMENT;
            case FINANCIAL_OBLIGATION -> Pending.PAYMENT;
            case RESULT_RETURNED -> dossier.rating() == null ? Pending.RATING : null;
            case NEW -> dossier.code() == null ? Pending.COMPLETION : null;
            default -> null;
        };
    }

    /** What the officer asked for, while the applicant still owes it. */
    private static String asked(Dossier dossier, List<HistoryEntry> history) {
        DossierAction request = switch (dossier.status()) {
            case SUPPLEMENT_REQUESTED -> DossierAction.REQUEST_SUPPLEMENT;
            case NEW -> DossierAction.REQUEST_COMPLETION;
            case FINANCIAL_OBLIGATION -> DossierAction.REQUEST_PAYMENT;
            default -> null;
        };
        if (request == null) {
            return null;
        }
        return history.reversed().stream()
                .filter(line -> line.action() == request)
                .findFirst()
                .map(line -> request == DossierAction.REQUEST_PAYMENT ? paymentNote(line.note()) : line.note())
                .orElse(null);
    }

    /**
     * The amount to pay now: what a payment request asked for while it is pending; otherwise the procedure's fee of
     * an online dossier still running and not paid (a desk dossier pays at the desk).
     */
    private static long feeDue(Dossier dossier, List<HistoryEntry> history) {
        if (dossier.status() == DossierStatus.FINANCIAL_OBLIGATION) {
            return history.reversed().stream()
                    .filter(line -> line.action() == DossierAction.REQUEST_PAYMENT && line.note() != null)
                    .findFirst()
                    .map(line -> PAYMENT_NOTE.matcher(line.note()))
                    .filter(Matcher::matches)
                    .map(m -> Long.parseLong(m.group(1)))
                    .orElse(dossier.feeAmount());
        }
        boolean running = !dossier.status().isFinal() && dossier.status() != DossierStatus.PROCESSED;
        if (dossier.channel() == Channel.ONLINE && running && dossier.feeAmount() > 0 && dossier.feePaidAt() == null) {
            return dossier.feeAmount();
        }
        return 0;
    }

    /** The official's own words of a payment request, without the amount the page shows by itself. */
    private static String paymentNote(String note) {
        if (note == null) {
            return null;
        }
        int dash = note.indexOf(" — ");
        return dash < 0 ? null : note.substring(dash + 3);
    }

    /** The note of a line, if it was written for the applicant (a refusal at the leader's step is one). */
    private static String noteFor(Dossier dossier, HistoryEntry line) {
        if (NOTES_FOR_APPLICANT.contains(line.action())) {
            if (line.action() == DossierAction.REQUEST_PAYMENT) {
                return paymentNote(line.note());
            }
            return line.note();
        }
        if (line.action() == DossierAction.FINISH && dossier.outcome() == Dossier.Outcome.REFUSED) {
            return line.note();
        }
        return null;
    }
}
