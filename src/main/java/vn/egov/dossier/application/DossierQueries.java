package vn.egov.dossier.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.calendar.OfficialCalendar;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureHit;
import vn.egov.catalogue.ProcedureLevel;
import vn.egov.catalogue.ProcedureQuery;
import vn.egov.catalogue.ProcedureView;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierId;
import vn.egov.dossier.DossierStatus;
import vn.egov.dossier.application.DeskChoices.Colleague;
import vn.egov.dossier.application.DeskChoices.Desk;
import vn.egov.dossier.application.DeskChoices.ProcedureChoice;
import vn.egov.dossier.application.DeskChoices.ProcedureSheet;
import vn.egov.dossier.application.DossierView.HistoryLine;
import vn.egov.dossier.application.DossierView.OpinionLine;
import vn.egov.dossier.application.DossierView.PaperView;
import vn.egov.dossier.application.DossierView.TaskLine;
import vn.egov.dossier.domain.Dossier;
import vn.egov.dossier.domain.HistoryEntry;
import vn.egov.dossier.domain.Lifecycle;
import vn.egov.dossier.persistence.DossierHistory;
import vn.egov.dossier.persistence.Dossiers;
import vn.egov.dossier.persistence.Papers;
import vn.egov.dossier.persistence.WorkItemStore;
import vn.egov.identity.AccountId;
import vn.egov.identity.OrgUnitDirectory;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.RoleInUnit;
import vn.egov.identity.SignedInUser;
import vn.egov.identity.StaffDirectory;
import vn.egov.identity.StaffDuty;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.NotFound;
import vn.egov.shared.Role;
import vn.egov.shared.Unaccented;
import vn.egov.shared.VietnameseOrder;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.Opinion;
import vn.egov.workflow.WorkTask;
import vn.egov.workflow.Workflows;

/**
 * What the one-stop shop's pages read: a dossier's page, the desk's queue and choices, an official's inbox. Read
 * models only (the pages never hold an entity), and every one checked against {@link DossierAccess}: an official
 * sees their own agency's dossiers, and to anyone else a dossier does not exist.
 */
@Service
@Transactional(readOnly = true)
public class DossierQueries {

    /** The roles that work on dossiers (and so see the applicant and have an inbox). */
    static final Set<Role> WORKING_ROLES =
            EnumSet.of(Role.ONE_STOP_CLERK, Role.SPECIALIST, Role.DIVISION_HEAD, Role.AGENCY_LEADER);

    /** Steps the desk takes on a dossier's page (receipt itself is the queue's). */
    private static final Set<DossierAction> DESK_STEPS = EnumSet.of(
            DossierAction.START_PROCESSING,
            DossierAction.RECEIVE_SUPPLEMENT,
            DossierAction.RECORD_PAYMENT,
            DossierAction.APOLOGISE,
            DossierAction.WITHDRAW,
            DossierAction.RETURN_RESULT,
            DossierAction.RATE);

    private final Dossiers dossiers;
    private final Papers papers;
    private final DossierHistory history;
    private final DossierAccess access;
    private final ProcedureCatalogue catalogue;
    private final OrgUnitDirectory directory;
    private final StaffDirectory staff;
    private final Workflows workflows;
    private final WorkItemStore workItems;
    private final OfficialCalendar calendar;
    private final Results results;
    private final Digitization digitization;
    private final Clock clock;

    DossierQueries(
            Dossiers dossiers,
            Papers papers,
            DossierHistory history,
            DossierAccess access,
            ProcedureCatalogue catalogue,
            OrgUnitDirectory directory,
            StaffDirectory staff,
            Workflows workflows,
            WorkItemStore workItems,
            OfficialCalendar calendar,
            Results results,
            Digitization digitization,
            Clock clock) {
        this.dossiers = dossiers;
        this.papers = papers;
        this.history = history;
        this.access = access;
        this.catalogue = catalogue;
        this.directory = directory;
        this.staff = staff;
        this.workflows = workflows;
        this.workItems = workItems;
        this.calendar = calendar;
        this.results = results;
        this.digitization = digitization;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the dossier page

    /** The dossier's page, or not found for anyone outside its agency. */
    public DossierView dossier(DossierId id, SignedInUser reader) {
        Dossier dossier = access.readable(reader, load(id));
        CaseKey caseKey = new CaseKey(id.toString());
        List<Opinion> opinions = workflows.opinions(caseKey);
        List<WorkTask> tasks = workflows.openTasks(caseKey);
        Map<AccountId, String> names = staff.namesOf(Stream.concat(
                        opinions.stream().map(Opinion::author), tasks.stream().map(WorkTask::holder))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<TaskKeyed> mineOrTakeable = workflows.inbox(reader.accountId()).stream()
                .filter(t -> t.caseKey().equals(caseKey))
                .map(t -> new TaskKeyed(t.key().value()))
                .toList();
        boolean works = reader.roles().stream().anyMatch(r -> WORKING_ROLES.contains(r.role()));
        LocalDate today = today();
        return new DossierView(
                dossier.id(),
                dossier.code() == null ? null : dossier.code().value(),
                dossier.status(),
                dossier.procedureCode(),
                new LocalizedText(dossier.procedureNameVi(), dossier.procedureNameEn()),
                dossier.channel(),
                dossier.resultDelivery(),
                works ? dossier.applicant() : null,
                unitName(dossier.receivingUnit(), today),
                dossier.processingAgency() == null ? null : unitName(dossier.processingAgency(), today),
                dossier.submittedAt(),
                dossier.receivedAt(),
                dossier.dueAt(),
                dossier.promisedAt(),
                dossier.finishedAt(),
                dossier.returnedAt(),
                dossier.pausedAt() != null,
                dossier.receivedAt() == null ? null : dossier.punctuality(clock.instant()),
                dossier.closingReason(),
                dossier.feeAmount(),
                dossier.feePaidAt(),
                dossier.rating() == null ? null : dossier.rating().name(),
                dossier.ratingComment(),
                papers.findByDossierIdOrderByAddedAtAsc(id.value()).stream()
                        .map(p -> new PaperView(
                                p.id(),
                                p.name(),
                                p.purpose().name(),
                                p.originals(),
                                p.copies(),
                                p.digitized(),
                                p.fileName(),
                                p.mediaType(),
                                p.sizeBytes() == null ? 0 : p.sizeBytes(),
                                p.fileSha256(),
                                p.reusedFrom() != null,
                                Digitization.scannable(p),
                                p.addedAt()))
                        .toList(),
                history.findByDossierIdOrderByAtAscIdAsc(id.value()).stream()
                        .map(DossierQueries::line)
                        .toList(),
                opinions.stream()
                        .map(o -> new OpinionLine(o.stepName(), names.get(o.author()), o.outcome(), o.text(), o.at()))
                        .toList(),
                tasks.stream()
                        .map(t -> new TaskLine(
                                t.key(),
                                t.stepName(),
                                t.holder() == null ? null : names.getOrDefault(t.holder(), ""),
                                t.heldBy(reader.accountId()),
                                t.holder() == null
                                        && !t.suspended()
                                        && mineOrTakeable.contains(
                                                new TaskKeyed(t.key().value())),
                                t.dueAt(),
                                t.outcomes(),
                                t.suspended()))
                        .toList(),
                actionsFor(reader, dossier, tasks),
                works && results.mayAttach(dossier, reader),
                digitization.mayScan(dossier, reader),
                works,
                feeLines(dossier));
    }

    /** The lines the applicant chose, named as the dossier's own version names them (a version never changes). */
    private List<DossierView.FeeLine> feeLines(Dossier dossier) {
        if (dossier.feeLines().isEmpty()) {
            return List.of();
        }
        List<ProcedureContent.Fee> fees = catalogue
                .version(dossier.procedureVersion())
                .map(view -> view.content().fees())
                .orElse(List.of());
        return dossier.feeLines().stream()
                .filter(i -> i >= 0 && i < fees.size())
                .map(fees::get)
                .map(fee -> new DossierView.FeeLine(fee.kind().name(), fee.name(), fee.amountVnd()))
                .toList();
    }

    private record TaskKeyed(String key) {}

    /**
     * The steps the lifecycle allows from the dossier's status that this reader may take, as {@link Processing}
     * decides them: the desk hands over, takes supplements and payments, records withdrawals, returns and ratings;
     * whoever holds a step (or supervises the agency) asks for a supplement or a payment; division heads and
     * leaders (or the desk, when it is at fault) apologise; only the leader stops.
     */
    Set<DossierAction> actionsFor(SignedInUser reader, Dossier dossier, List<WorkTask> openTasks) {
        Set<DossierAction> mine = EnumSet.noneOf(DossierAction.class);
        if (access.worksAtDesk(reader, dossier.receivingUnit())) {
            mine.addAll(DESK_STEPS);
        }
        OrgUnitId agency = dossier.processingAgency();
        boolean supervises = agency != null
                && reader.roles().stream()
                        .filter(r -> r.role() == Role.DIVISION_HEAD || r.role() == Role.AGENCY_LEADER)
                        .anyMatch(r -> access.within(r.orgUnit(), agency));
        boolean holdsStep = openTasks.stream().anyMatch(t -> t.heldBy(reader.accountId()));
        if (supervises || holdsStep) {
            mine.add(DossierAction.REQUEST_SUPPLEMENT);
            mine.add(DossierAction.REQUEST_PAYMENT);
        }
        if (supervises) {
            mine.add(DossierAction.APOLOGISE);
        }
        if (agency != null
                && reader.roles().stream()
                        .anyMatch(r -> r.role() == Role.AGENCY_LEADER && access.within(r.orgUnit(), agency))) {
            mine.add(DossierAction.STOP);
        }
        mine.retainAll(Lifecycle.allowedFrom(dossier.status()));
        if (dossier.rating() != null) {
            mine.remove(DossierAction.RATE);
        }
        return mine;
    }

    private static HistoryLine line(HistoryEntry entry) {
        return new HistoryLine(
                entry.at(),
                entry.actorName(),
                entry.action(),
                entry.fromStatus(),
                entry.toStatus(),
                entry.stepName(),
                entry.note());
    }

    // ---------------------------------------------------------------- the desk

    /** The desks the clerk works at, by name. */
    public List<Desk> desksOf(SignedInUser clerk) {
        LocalDate today = today();
        return clerk.roles().stream()
                .filter(r -> r.role() == Role.ONE_STOP_CLERK)
                .map(RoleInUnit::orgUnit)
                .distinct()
                .map(unit -> directory.find(unit, today))
                .flatMap(Optional::stream)
                .map(v -> new Desk(v.id(), v.code().value(), v.name()))
                .sorted(VietnameseOrder.by(d -> d.name().vi()))
                .toList();
    }

    /**
     * The procedures in force that this desk receives — those naming it among their receiving units, or naming none
     * and being of the desk's level — matching the text (diacritics and small typos forgiven by the catalogue).
     */
    public List<ProcedureChoice> proceduresAt(OrgUnitId desk, String text, SignedInUser clerk) {
        access.requireDesk(clerk, desk);
        ProcedureLevel level = levelOf(desk);
        List<ProcedureChoice> found = new ArrayList<>();
        for (ProcedureHit hit : catalogue
                .search(new ProcedureQuery(text, null, null, null, 0, 100))
                .hits()) {
            Optional<ProcedureView> version = catalogue.version(hit.procedure().versionId());
            if (version.isEmpty()) {
                continue;
            }
            ProcedureContent content = version.get().content();
            boolean receives = content.receivingUnits().isEmpty()
                    ? content.level() == level
                    : content.receivingUnits().contains(desk);
            if (receives) {
                found.add(new ProcedureChoice(
                        hit.procedure().code().value(),
                        content.name(),
                        content.processingDays(),
                        content.implementingAgency() == null
                                ? null
                                : content.implementingAgency().name()));
            }
        }
        return found;
    }

    /** The chosen procedure's papers and counts as in force today, or not found. */
    public ProcedureSheet procedure(String code) {
        return procedure(ProcedureCode.parse(code)
                .flatMap(c -> catalogue.versionOn(c, today()))
                .orElseThrow(() -> new NotFound("procedure.error.notFound", code)));
    }

    /** A desk's level of government: that of the agency it serves (a commune's desk receives commune procedures). */
    private ProcedureLevel levelOf(OrgUnitId desk) {
        LocalDate today = today();
        OrgUnitId current = desk;
        for (int depth = 0; current != null && depth < 12; depth++) {
            Optional<OrgUnitView> view = directory.find(current, today);
            if (view.isEmpty()) {
                break;
            }
            if (view.get().kind() == OrgUnitKind.COMMUNE) {
                return ProcedureLevel.COMMUNE;
            }
            if (view.get().kind() == OrgUnitKind.DISTRICT) {
                return ProcedureLevel.DISTRICT;
            }
            current = view.get().parentId();
        }
        return ProcedureLevel.PROVINCE;
    }

    /**
     * What waits at the clerk's desks: dossiers to receive or refuse (status 1: online submissions and form-02
     * registrations), longest waiting first; and processed dossiers whose result is to be returned (status 9).
     */
    public List<DeskQueueRow> deskQueue(SignedInUser clerk, DossierStatus status) {
        List<UUID> desks = desksOf(clerk).stream().map(d -> d.id().value()).toList();
        if (desks.isEmpty()) {
            return List.of();
        }
        List<Dossier> waiting = status == DossierStatus.PROCESSED
                ? dossiers.findTop200ByReceivingUnitIdInAndStatusOrderByFinishedAtAsc(desks, status)
                : dossiers.findTop200ByReceivingUnitIdInAndStatusOrderBySubmittedAtAsc(desks, DossierStatus.NEW);
        return waiting.stream()
                .map(d -> new DeskQueueRow(
                        d.id(),
                        d.code() == null ? null : d.code().value(),
                        d.status(),
                        d.channel(),
                        d.procedureCode(),
                        new LocalizedText(d.procedureNameVi(), d.procedureNameEn()),
                        d.applicant().fullName(),
                        d.applicant().idNumber(),
                        d.resultDelivery(),
                        d.status() == DossierStatus.PROCESSED ? d.finishedAt() : d.submittedAt(),
                        d.dueAt(),
                        lastNote(d)))
                .toList();
    }

    private String lastNote(Dossier dossier) {
        List<HistoryEntry> steps =
                history.findByDossierIdOrderByAtAscIdAsc(dossier.id().value());
        return steps.isEmpty() ? null : steps.getLast().note();
    }

    /** The required papers of a waiting dossier's own procedure version, to tick when receiving it. */
    public ProcedureSheet papersOfWaiting(DossierId id, SignedInUser clerk) {
        Dossier dossier = load(id);
        if (!access.worksAtDesk(clerk, dossier.receivingUnit())) {
            throw new NotFound("dossier.error.notFound");
        }
        ProcedureView view = catalogue
                .version(dossier.procedureVersion())
                .orElseThrow(() -> new NotFound("procedure.error.notFound", dossier.procedureCode()));
        return procedure(view);
    }

    private static ProcedureSheet procedure(ProcedureView view) {
        ProcedureContent content = view.content();
        List<DeskChoices.RequiredPaper> required = new ArrayList<>();
        for (int i = 0; i < content.requiredPapers().size(); i++) {
            ProcedureContent.RequiredPaper paper = content.requiredPapers().get(i);
            required.add(new DeskChoices.RequiredPaper(i, paper.name(), paper.originals(), paper.copies()));
        }
        return new ProcedureSheet(
                view.code().value(),
                content.name(),
                content.processingDays(),
                content.fees().stream()
                        .mapToLong(ProcedureContent.Fee::amountVnd)
                        .sum(),
                // a procedure that names no applicant kind is open to both
                content.applicantKinds().isEmpty()
                        ? List.of(vn.egov.catalogue.ApplicantKind.values())
                        : content.applicantKinds(),
                required);
    }

    // ---------------------------------------------------------------- the inbox

    /** How many rows each of the inbox's two lists shows: the soonest due; the filters find the rest. */
    static final int INBOX_ROWS = 200;

    /**
     * An official's inbox: the tasks they hold and those of their unit's pools, filtered, soonest due first. Read
     * from the dossiers' work lists ({@link WorkItemStore}) in two indexed queries, so a pool of 100,000 open
     * dossiers still answers at once; the pools are the engine's answer for the official's duties today.
     */
    public Inbox inbox(SignedInUser official, InboxFilter filter) {
        Set<String> pools = workflows.poolsOf(official.accountId()).stream()
                .map(vn.egov.workflow.Pool::key)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        WorkItemStore.Criteria criteria = criteria(filter);
        UUID me = official.accountId().value();
        List<WorkItemStore.Line> lines = new ArrayList<>(workItems.held(me, criteria, INBOX_ROWS));
        lines.addAll(workItems.waiting(pools, criteria, INBOX_ROWS));
        Map<AccountId, String> holders = staff.namesOf(lines.stream()
                .map(WorkItemStore.Line::holder)
                .filter(Objects::nonNull)
                .map(AccountId::new)
                .collect(Collectors.toSet()));
        Instant now = clock.instant();
        List<InboxRow> rows = new ArrayList<>();
        for (WorkItemStore.Line line : lines) {
            Instant due = earlier(line.stepDueAt(), line.dossierDueAt());
            rows.add(new InboxRow(
                    new vn.egov.workflow.TaskKey(line.taskKey()),
                    new DossierId(line.dossierId()),
                    line.code(),
                    line.procedureCode(),
                    new LocalizedText(line.procedureNameVi(), line.procedureNameEn()),
                    line.applicantName(),
                    DossierStatus.ofCode(line.status()),
                    new LocalizedText(line.stepNameVi(), line.stepNameEn()),
                    line.stepDueAt(),
                    line.dossierDueAt(),
                    line.receivedAt(),
                    due,
                    urgency(due, now),
                    me.equals(line.holder()),
                    line.holder() == null ? null : holders.get(new AccountId(line.holder())),
                    line.suspended()));
        }
        // the filter offers the procedures of the rows in view (and the one chosen): a distinct over every open
        // task of a large agency would cost more than the page itself
        Map<String, ProcedureChoice> procedures = new java.util.LinkedHashMap<>();
        for (InboxRow row : rows) {
            procedures.putIfAbsent(
                    row.procedureCode(), new ProcedureChoice(row.procedureCode(), row.procedureName(), null, null));
        }
        if (criteria.procedureCode() != null && !procedures.containsKey(criteria.procedureCode())) {
            workItems
                    .procedureName(criteria.procedureCode())
                    .ifPresent(p -> procedures.put(
                            p.code(),
                            new ProcedureChoice(p.code(), new LocalizedText(p.nameVi(), p.nameEn()), null, null)));
        }
        return new Inbox(
                rows,
                procedures.values().stream()
                        .sorted(VietnameseOrder.by(p -> p.name().vi()))
                        .toList());
    }

    private static WorkItemStore.Criteria criteria(InboxFilter filter) {
        if (filter == null) {
            return new WorkItemStore.Criteria(null, null, null, null, null, null, null);
        }
        String applicant = present(filter.applicant()) ? fold(filter.applicant()) : null;
        return new WorkItemStore.Criteria(
                present(filter.procedure()) ? filter.procedure().strip() : null,
                filter.status() == null ? null : filter.status().code(),
                WorkItemStore.startOf(filter.receivedFrom()),
                filter.receivedTo() == null
                        ? null
                        : WorkItemStore.startOf(filter.receivedTo().plusDays(1)),
                applicant,
                applicant == null ? null : filter.applicant().strip(),
                present(filter.code()) ? filter.code().strip().toUpperCase(Locale.ROOT) : null);
    }

    /** The inbox's rows and the procedures of all its tasks (to filter by, in Vietnamese order). */
    public record Inbox(List<InboxRow> rows, List<ProcedureChoice> procedures) {

        public List<InboxRow> mine() {
            return rows.stream().filter(InboxRow::mine).toList();
        }

        public List<InboxRow> pool() {
            return rows.stream().filter(r -> !r.mine()).toList();
        }
    }

    /**
     * Red when the due date has passed; amber when less than one working day of office time remains (counted on
     * the official calendar, so a Friday afternoon task due Monday morning is amber, not green).
     */
    InboxRow.Urgency urgency(Instant due, Instant now) {
        if (due == null) {
            return InboxRow.Urgency.NORMAL;
        }
        if (now.isAfter(due)) {
            return InboxRow.Urgency.OVERDUE;
        }
        try {
            return calendar.countWorkingDays(now, due).compareTo(java.math.BigDecimal.ONE) <= 0
                    ? InboxRow.Urgency.DUE_SOON
                    : InboxRow.Urgency.NORMAL;
        } catch (RuntimeException outsideTheCalendar) {
            // a date beyond the years the calendar covers is far away, not urgent
            return InboxRow.Urgency.NORMAL;
        }
    }

    /** The earlier of two due dates, either possibly absent: what the inbox sorts and colours by. */
    static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** Lower case without diacritics: "Nguyễn Đức" and "nguyen duc" are the same name to someone searching. */
    static String fold(String text) {
        return text == null ? "" : Unaccented.of(text.strip()).toLowerCase(Locale.ROOT);
    }

    /**
     * The colleagues an official may hand tasks to: officials of the same agencies (their divisions and desks
     * included) holding a working role, by name in Vietnamese order. Whether a colleague may take a given task
     * is the engine's to say when it is handed over.
     */
    public List<Colleague> colleaguesOf(SignedInUser official) {
        Set<OrgUnitId> agencies = official.roles().stream()
                .filter(r -> WORKING_ROLES.contains(r.role()))
                .map(r -> access.agencyOf(r.orgUnit()))
                .collect(Collectors.toSet());
        if (agencies.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        List<OrgUnitView> tree = directory.tree(today);
        Map<OrgUnitId, OrgUnitView> units = new HashMap<>();
        tree.forEach(v -> units.put(v.id(), v));
        Set<OrgUnitId> inAgencies = new LinkedHashSet<>();
        for (OrgUnitView unit : tree) {
            OrgUnitId current = unit.id();
            for (int depth = 0; current != null && depth < 12; depth++) {
                if (agencies.contains(current)) {
                    inAgencies.add(unit.id());
                    break;
                }
                OrgUnitView view = units.get(current);
                current = view == null ? null : view.parentId();
            }
        }
        Map<AccountId, List<StaffDuty>> byOfficial = staff.dutiesIn(inAgencies).stream()
                .filter(d -> WORKING_ROLES.contains(d.role()))
                .filter(d -> !d.official().equals(official.accountId()))
                .collect(Collectors.groupingBy(StaffDuty::official, LinkedHashMap::new, Collectors.toList()));
        return byOfficial.values().stream()
                .map(duties -> new Colleague(
                        duties.getFirst().official(),
                        duties.getFirst().fullName(),
                        duties.stream().map(StaffDuty::role).distinct().sorted().toList(),
                        Optional.ofNullable(units.get(duties.getFirst().orgUnit()))
                                .map(OrgUnitView::name)
                                .orElse(null)))
                .sorted(VietnameseOrder.by(Colleague::name))
                .toList();
    }

    // ----------------------------------------------------------------

    private Dossier load(DossierId id) {
        return dossiers.findById(id.value()).orElseThrow(() -> new NotFound("dossier.error.notFound"));
    }

    private LocalizedText unitName(OrgUnitId unit, LocalDate day) {
        return directory.find(unit, day).map(OrgUnitView::name).orElse(null);
    }

    private LocalDate today() {
        return clock.instant().atZone(DossierSteps.VIETNAM).toLocalDate();
    }
}
