package vn.egov.identity.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import vn.egov.identity.AccountId;
import vn.egov.identity.DataImported;
import vn.egov.identity.OrgUnitId;
import vn.egov.identity.OrgUnitKind;
import vn.egov.identity.OrgUnitView;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.OrgUnitDetails;
import vn.egov.identity.persistence.Accounts;
import vn.egov.shared.AgencyCode;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.ImportGate;
import vn.egov.shared.ImportReport;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.Role;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.TabularFile;

/**
 * Imports org units and officials from CSV or Excel. Every row is checked and reported; the file is applied only
 * when every row is acceptable, in one transaction, so a bad file changes nothing. Importing the same file again
 * updates what changed and duplicates nothing (rows are matched by agency code and by username).
 */
@Service
public class DirectoryImport {

    private final OrgUnitRegistry registry;
    private final OfficialAdministration officials;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectoryImport(
            OrgUnitRegistry registry,
            OfficialAdministration officials,
            Accounts accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.registry = registry;
        this.officials = officials;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Refused with a {@link vn.egov.shared.StateConflict} while another import runs on this node. */
    @Transactional
    public ImportReport importOrgUnits(String filename, byte[] content, Actor actor) {
        return ImportGate.oneAtATime(() -> importOrgUnits(TabularFile.read(filename, content), actor));
    }

    private ImportReport importOrgUnits(TabularFile file, Actor actor) {
        LocalDate today = today();
        Map<String, OrgUnitId> byCode = new HashMap<>();
        registry.tree(today).forEach(u -> byCode.put(u.code().value(), u.id()));
        List<ImportReport.Row> results = new ArrayList<>();
        for (TabularFile.Row row : file.rows()) {
            String code = row.get("code", "ma dinh danh", "ma");
            try {
                AgencyCode agencyCode = new AgencyCode(code);
                OrgUnitKind kind = kind(row.get("kind", "loai", "loai don vi"));
                String parentCode = row.get("parent code", "ma don vi cap tren", "ma cap tren", "ma don vi cha");
                OrgUnitId parent = null;
                if (!parentCode.isBlank()) {
                    parent = Optional.ofNullable(byCode.get(new AgencyCode(parentCode).value()))
                            .orElseThrow(() -> new RuleViolation("import.error.parentUnknown", parentCode));
                }
                String nameVi = row.get("name vi", "ten don vi", "ten", "ten tieng viet");
                if (nameVi.isBlank()) {
                    throw new RuleViolation("import.error.nameRequired");
                }
                OrgUnitDetails details = new OrgUnitDetails(
                        agencyCode,
                        new LocalizedText(nameVi, row.get("name en", "ten tieng anh")),
                        row.get("short name", "ten viet tat"),
                        kind,
                        parent,
                        row.get("address", "dia chi"),
                        row.get("phone", "dien thoai", "so dien thoai"),
                        row.get("email", "thu dien tu"));
                String fromText = row.get("valid from", "hieu luc tu", "ngay hieu luc");
                LocalDate from = fromText.isBlank() ? today : TabularFile.date(fromText);
                OrgUnitId existing = byCode.get(agencyCode.value());
                if (existing == null) {
                    OrgUnitId id = registry.create(details, from, actor);
                    byCode.put(agencyCode.value(), id);
                    results.add(ok(row, code, ImportReport.Outcome.CREATED));
                } else {
                    OrgUnitView current = registry.find(existing, today).orElseThrow();
                    if (sameAs(current, details)) {
                        results.add(ok(row, code, ImportReport.Outcome.UNCHANGED));
                    } else {
                        registry.change(
                                existing,
                                details,
                                from.isBefore(current.validFrom()) ? current.validFrom() : from,
                                actor);
                        results.add(ok(row, code, ImportReport.Outcome.UPDATED));
                    }
                }
            } catch (RuleViolation problem) {
                results.add(rejected(row, code, problem));
            }
        }
        return finish("ORG_UNITS", results, actor);
    }

    /** Refused with a {@link vn.egov.shared.StateConflict} while another import runs on this node. */
    @Transactional
    public ImportReport importOfficials(String filename, byte[] content, String language, Actor actor) {
        return ImportGate.oneAtATime(() -> importOfficials(TabularFile.read(filename, content), language, actor));
    }

    private ImportReport importOfficials(TabularFile file, String language, Actor actor) {
        LocalDate today = today();
        Map<String, OrgUnitId> byCode = new HashMap<>();
        registry.tree(today).forEach(u -> byCode.put(u.code().value(), u.id()));
        List<ImportReport.Row> results = new ArrayList<>();
        for (TabularFile.Row row : file.rows()) {
            String username = row.get("username", "ten dang nhap", "tai khoan").toLowerCase(Locale.ROOT);
            try {
                String unitCode = row.get("org unit code", "ma don vi", "ma dinh danh don vi");
                OrgUnitId unit = unitCode.isBlank()
                        ? null
                        : Optional.ofNullable(byCode.get(new AgencyCode(unitCode).value()))
                                .orElseThrow(() -> new RuleViolation("import.error.unitUnknown", unitCode));
                List<Role> roles = roles(row.get("roles", "vai tro"));
                if (!roles.isEmpty() && unit == null) {
                    throw new RuleViolation("import.error.unitRequired");
                }
                Optional<Account> existing = accounts.findByUsername(username);
                AccountId id;
                ImportReport.Outcome outcome;
                if (existing.isPresent()) {
                    id = existing.get().id();
                    outcome = ImportReport.Outcome.UNCHANGED;
                } else {
                    String email = row.get("email", "thu dien tu");
                    if (email.isBlank()) {
                        throw new RuleViolation("import.error.emailRequired");
                    }
                    id = officials.register(
                            new OfficialAdministration.NewOfficial(
                                    username,
                                    row.get("full name", "ho va ten", "ho ten"),
                                    email,
                                    row.get("phone", "dien thoai", "so dien thoai")),
                            null,
                            language,
                            actor);
                    outcome = ImportReport.Outcome.CREATED;
                }
                for (Role role : roles) {
                    if (!officials.holds(id, unit, role)) {
                        officials.assign(id, unit, role, actor);
                        if (outcome == ImportReport.Outcome.UNCHANGED) outcome = ImportReport.Outcome.UPDATED;
                    }
                }
                results.add(ok(row, username, outcome));
            } catch (InvalidInput invalid) {
                String key =
                        invalid.problemsByField().values().iterator().next().getFirst();
                results.add(ImportReport.Row.rejected(row.line(), username, key, new String[0]));
            } catch (RuleViolation problem) {
                results.add(rejected(row, username, problem));
            }
        }
        return finish("OFFICIALS", results, actor);
    }

    private ImportReport finish(String what, List<ImportReport.Row> results, Actor actor) {
        boolean anyRejected = results.stream().anyMatch(r -> r.outcome() == ImportReport.Outcome.REJECTED);
        if (anyRejected || results.isEmpty()) {
            // one bad row and nothing of the file is kept: the admin fixes the file and imports it again
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new ImportReport(results, false);
        }
        ImportReport report = new ImportReport(results, true);
        events.publishEvent(new DataImported(what, (int) report.created(), (int) report.updated(), 0, actor));
        return report;
    }

    private static boolean sameAs(OrgUnitView current, OrgUnitDetails details) {
        return current.code().equals(details.code())
                && current.name().equals(details.name())
                && current.kind() == details.kind()
                && java.util.Objects.equals(current.parentId(), details.parentId())
                && java.util.Objects.equals(current.shortName(), details.shortName())
                && java.util.Objects.equals(current.address(), details.address())
                && java.util.Objects.equals(current.phone(), details.phone())
                && java.util.Objects.equals(current.email(), details.email());
    }

    private static OrgUnitKind kind(String text) {
        try {
            return OrgUnitKind.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("import.error.kindUnknown", text);
        }
    }

    private static List<Role> roles(String text) {
        List<Role> roles = new ArrayList<>();
        for (String part : text.split("[;,|]")) {
            if (part.isBlank()) continue;
            try {
                roles.add(Role.valueOf(part.strip().toUpperCase(Locale.ROOT).replace(' ', '_')));
            } catch (IllegalArgumentException unknown) {
                throw new RuleViolation("import.error.roleUnknown", part.strip());
            }
        }
        return roles;
    }

    private static ImportReport.Row ok(TabularFile.Row row, String key, ImportReport.Outcome outcome) {
        return new ImportReport.Row(row.line(), key, outcome, null, new String[0]);
    }

    private static ImportReport.Row rejected(TabularFile.Row row, String key, RuleViolation problem) {
        return ImportReport.Row.rejected(row.line(), key, problem.messageKey(), problem.arguments());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
