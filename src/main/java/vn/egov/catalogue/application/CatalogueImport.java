package vn.egov.catalogue.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import tools.jackson.databind.JsonNode;
import vn.egov.catalogue.CatalogueImported;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.domain.Procedure;
import vn.egov.catalogue.domain.ProcedureDocuments;
import vn.egov.catalogue.domain.ProcedureRules;
import vn.egov.catalogue.domain.ProcedureVersion;
import vn.egov.catalogue.persistence.Procedures;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.ImportGate;
import vn.egov.shared.ImportReport;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.TabularFile;

/**
 * Imports the catalogue from a spreadsheet (Excel or CSV). Every row is checked and reported; the file is applied
 * only when every row is good, in one transaction. A procedure not yet known is created and published; a known one
 * whose content differs gets a new published version (from the row's effective date, else today); an unchanged one
 * is left alone — importing the same file twice changes nothing the second time.
 */
@Service
public class CatalogueImport {

    private final Procedures procedures;
    private final UnitLinks units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogueImport(Procedures procedures, UnitLinks units, ApplicationEventPublisher events, Clock clock) {
        this.procedures = procedures;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /** Refused with a {@link vn.egov.shared.StateConflict} while another import runs on this node. */
    @Transactional
    public ImportReport importFile(String filename, byte[] content, Actor actor) {
        return ImportGate.oneAtATime(() -> importRows(TabularFile.read(filename, content), actor));
    }

    private ImportReport importRows(TabularFile file, Actor actor) {
        List<ImportReport.Row> results = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        LocalDate today = LocalDate.now(clock);
        for (TabularFile.Row row : file.rows()) {
            String code = row.get("Mã thủ tục", "ma tthc", "code");
            try {
                CatalogueSheet.ParsedRow parsed = CatalogueSheet.read(row, units, today);
                Map<String, List<String>> problems = UnitLinks.merge(
                        ProcedureRules.problems(parsed.code(), parsed.content()),
                        units.problems(parsed.content(), parsed.validFrom() == null ? today : parsed.validFrom()));
                if (!problems.isEmpty()) {
                    results.add(ImportReport.Row.rejected(
                            row.line(),
                            code,
                            problems.values().iterator().next().getFirst(),
                            new String[0]));
                    continue;
                }
                if (!seen.add(parsed.code())) {
                    throw new RuleViolation("procedure.error.duplicateRow", parsed.code());
                }
                results.add(new ImportReport.Row(
                        row.line(), parsed.code(), apply(parsed, today, actor), null, new String[0]));
            } catch (RuleViolation problem) {
                results.add(ImportReport.Row.rejected(row.line(), code, problem.messageKey(), problem.arguments()));
            }
        }
        ImportReport report = new ImportReport(
                results,
                results.stream().noneMatch(r -> r.outcome() == ImportReport.Outcome.REJECTED) && !results.isEmpty());
        if (!report.applied()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        } else {
            events.publishEvent(new CatalogueImported(
                    (int) report.created(), (int) report.updated(), (int) report.unchanged(), actor));
        }
        return report;
    }

    private ImportReport.Outcome apply(CatalogueSheet.ParsedRow row, LocalDate today, Actor actor) {
        ProcedureCode code = new ProcedureCode(row.code());
        Optional<Procedure> existing = procedures.findByCode(code.value());
        LocalDate from = row.validFrom() == null ? today : row.validFrom();
        if (existing.isEmpty()) {
            Procedure procedure = Procedure.create(code, row.content(), clock.instant(), actor.name());
            procedure.publish(from, clock.instant(), actor.name());
            procedures.save(procedure);
            return ImportReport.Outcome.CREATED;
        }
        Procedure procedure = existing.get();
        // compared with what applies on the row's date: an exported file names each version's own date
        Optional<ProcedureVersion> applying = procedure.versionOn(from).or(procedure::latestPublished);
        ProcedureContent content = applying.map(v -> keptFrom(v.content(), row)).orElse(row.content());
        if (applying.isPresent() && sameContent(applying.get().content(), content)) {
            return ImportReport.Outcome.UNCHANGED;
        }
        Optional<ProcedureVersion> latest = procedure.latestPublished();
        if (procedure.draft().isPresent()) {
            throw new RuleViolation("procedure.error.draftInProgress", row.code());
        }
        procedure.saveDraft(content, clock.instant(), actor.name());
        LocalDate earliest = latest.map(v -> v.validFrom().plusDays(1)).orElse(from);
        procedure.publish(from.isBefore(earliest) ? earliest : from, clock.instant(), actor.name());
        return ImportReport.Outcome.UPDATED;
    }

    /**
     * The row's content, with what a file of the older layout does not speak of (the supplement policy, the linked
     * units) kept from the version it is compared with: such a file changes none of them.
     */
    private static ProcedureContent keptFrom(ProcedureContent before, CatalogueSheet.ParsedRow row) {
        ProcedureContent content = row.content();
        if (!row.policyGiven()) {
            content = content.withSupplementPolicy(before.supplementPolicy());
        }
        if (!row.unitsGiven()) {
            content = content.withUnits(before.implementingUnit(), before.receivingUnits());
        }
        return content;
    }

    /** The same content, numbers compared by value (10 and 10.0 are the same number of days). */
    static boolean sameContent(ProcedureContent a, ProcedureContent b) {
        JsonNode left = ProcedureDocuments.mapper().valueToTree(a);
        JsonNode right = ProcedureDocuments.mapper().valueToTree(b);
        return left.equals(
                (x, y) -> x.isNumber() && y.isNumber()
                        ? x.decimalValue().compareTo(y.decimalValue())
                        : x.equals(y) ? 0 : 1,
                right);
    }
}
