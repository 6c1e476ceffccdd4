package vn.egov.catalogue.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureDraftSaved;
import vn.egov.catalogue.ProcedureLevel;
import vn.egov.catalogue.ProcedurePublished;
import vn.egov.catalogue.ProcedureQuery;
import vn.egov.catalogue.ProcedureVersionId;
import vn.egov.catalogue.ProcedureView;
import vn.egov.catalogue.SearchResult;
import vn.egov.catalogue.domain.Procedure;
import vn.egov.catalogue.domain.ProcedureRules;
import vn.egov.catalogue.domain.ProcedureVersion;
import vn.egov.catalogue.persistence.ProcedureVersions;
import vn.egov.catalogue.persistence.Procedures;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.InvalidInput;
import vn.egov.shared.NotFound;
import vn.egov.shared.RuleViolation;
import vn.egov.shared.VietnameseOrder;

/** Reading the catalogue, and the administrators' work on it: drafts, publishing with an effective date. */
@Service
@Transactional(readOnly = true)
public class CatalogueService implements ProcedureCatalogue {

    private final Procedures procedures;
    private final ProcedureVersions versions;
    private final ProcedureSearch search;
    private final CatalogueFacets facets;
    private final UnitLinks units;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Timer searchTimer;
    private final Timer browseTimer;

    CatalogueService(
            Procedures procedures,
            ProcedureVersions versions,
            ProcedureSearch search,
            CatalogueFacets facets,
            UnitLinks units,
            ApplicationEventPublisher events,
            Clock clock,
            MeterRegistry meters) {
        this.procedures = procedures;
        this.versions = versions;
        this.search = search;
        this.facets = facets;
        this.units = units;
        this.events = events;
        this.clock = clock;
        // the latency citizens feel when they search; watched in production and read by bench/search.sh
        this.searchTimer = searchTimer("words", meters);
        this.browseTimer = searchTimer("none", meters);
    }

    private static Timer searchTimer(String text, MeterRegistry meters) {
        return Timer.builder("egov.catalogue.search")
                .description("Searches of the procedure catalogue, from the query to the hits")
                .tag("text", text)
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading -------------------------------------------------------------------------------------------

    @Override
    public Optional<ProcedureView> current(ProcedureCode code) {
        return versionOn(code, today());
    }

    @Override
    public Optional<ProcedureView> versionOn(ProcedureCode code, LocalDate day) {
        return procedures
                .findByCode(code.value())
                .flatMap(p -> p.versionOn(day))
                .map(ProcedureVersion::view);
    }

    @Override
    public Optional<ProcedureView> version(ProcedureVersionId versionId) {
        return versions.findById(versionId.value()).map(ProcedureVersion::view);
    }

    @Override
    public SearchResult search(ProcedureQuery query) {
        Timer.Sample sample = Timer.start();
        ProcedureSearch.Found found = search.search(query);
        sample.stop(query.text().isBlank() ? browseTimer : searchTimer);
        return new SearchResult(found.total(), found.hits(), query.page(), query.size());
    }

    @Override
    public List<ProcedureContent.Field> fields() {
        return facets.get(
                "fields",
                today(),
                day -> versions.fieldsInForceOn(day).stream()
                        .map(r -> new ProcedureContent.Field((String) r[0], (String) r[1], (String) r[2]))
                        .sorted(VietnameseOrder.by(ProcedureContent.Field::vi))
                        .toList());
    }

    @Override
    public List<ProcedureContent.Agency> agencies() {
        return facets.get(
                "agencies",
                today(),
                day -> versions.agenciesInForceOn(day).stream()
                        .map(r -> {
                            String key = (String) r[0];
                            int colon = key.indexOf(':');
                            return new ProcedureContent.Agency(
                                    colon < 0 ? key : key.substring(0, colon),
                                    colon < 0 ? null : key.substring(colon + 1),
                                    (String) r[1],
                                    (String) r[2]);
                        })
                        .sorted(VietnameseOrder.by(ProcedureContent.Agency::vi))
                        .toList());
    }

    /** The levels of government some procedure in force today belongs to, as search filters. */
    public Set<ProcedureLevel> levels() {
        return Set.copyOf(facets.get(
                "levels",
                today(),
                day -> versions.levelsInForceOn(day).stream()
                        .map(ProcedureLevel::valueOf)
                        .toList()));
    }

    /**
     * Every agency the procedures in force name, implementing or deciding: what the editor offers to pick. Read
     * from the versions' content (the deciding agency has no column of its own) and remembered like the facets.
     */
    public List<ProcedureContent.Agency> agenciesNamed() {
        return facets.get(
                "agenciesNamed",
                today(),
                day -> versions.inForceOn(day).stream()
                        .map(ProcedureVersion::content)
                        .flatMap(c -> java.util.stream.Stream.of(c.implementingAgency(), c.decidingAgency()))
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList());
    }

    /** Every procedure with all its versions, for administrators. */
    public List<ProcedureRecord> all() {
        LocalDate today = today();
        return procedures.findAllByCode().stream()
                .map(p -> ProcedureRecord.of(p, today))
                .toList();
    }

    public Optional<ProcedureRecord> procedure(ProcedureCode code) {
        return procedures.findByCode(code.value()).map(p -> ProcedureRecord.of(p, today()));
    }

    /** Every version in force today, for exports. */
    public List<ProcedureView> inForce() {
        return versions.inForceOn(today()).stream()
                .map(ProcedureVersion::view)
                .sorted(VietnameseOrder.by(v -> v.content().name().vi()))
                .toList();
    }

    // ---- administration ------------------------------------------------------------------------------------

    /** A new procedure, as a draft. */
    @Transactional
    public ProcedureView create(ProcedureCode code, ProcedureContent content, Actor actor) {
        check(code, content, today());
        if (procedures.existsByCode(code.value())) {
            throw InvalidInput.of("code", "procedure.error.codeTaken");
        }
        Procedure procedure = procedures.save(Procedure.create(code, content, clock.instant(), actor.name()));
        events.publishEvent(new ProcedureDraftSaved(code, 1, actor));
        return procedure.draft().orElseThrow().view();
    }

    /** Writes the draft of an existing procedure (starting one from the given content when there is none). */
    @Transactional
    public ProcedureView saveDraft(ProcedureCode code, ProcedureContent content, Actor actor) {
        check(code, content, today());
        Procedure procedure = load(code);
        ProcedureVersion draft = procedure.saveDraft(content, clock.instant(), actor.name());
        events.publishEvent(new ProcedureDraftSaved(code, draft.versionNo(), actor));
        return draft.view();
    }

    /** Starts a new draft from the version published last. */
    @Transactional
    public ProcedureView startNewVersion(ProcedureCode code, Actor actor) {
        Procedure procedure = load(code);
        if (procedure.draft().isPresent()) {
            return procedure.draft().get().view();
        }
        ProcedureVersion latest =
                procedure.latestPublished().orElseThrow(() -> new RuleViolation("procedure.error.notPublished"));
        ProcedureVersion draft = procedure.saveDraft(latest.content(), clock.instant(), actor.name());
        events.publishEvent(new ProcedureDraftSaved(code, draft.versionNo(), actor));
        return draft.view();
    }

    @Transactional
    public ProcedureView publish(ProcedureCode code, LocalDate from, Actor actor) {
        Procedure procedure = load(code);
        ProcedureVersion draft =
                procedure.draft().orElseThrow(() -> new RuleViolation("procedure.error.noDraft", code));
        // the units it links must exist on the day it takes effect
        check(code, draft.content(), from);
        ProcedureVersion published = procedure.publish(from, clock.instant(), actor.name());
        procedures.save(procedure);
        events.publishEvent(new ProcedurePublished(code, published.versionNo(), from, actor));
        return published.view();
    }

    @Transactional
    public void discardDraft(ProcedureCode code) {
        Procedure procedure = load(code);
        procedure.discardDraft();
        if (procedure.versions().isEmpty()) {
            procedures.delete(procedure);
        }
    }

    private Procedure load(ProcedureCode code) {
        return procedures.findByCode(code.value()).orElseThrow(() -> new NotFound("procedure.error.notFound", code));
    }

    private void check(ProcedureCode code, ProcedureContent content, LocalDate day) {
        Map<String, List<String>> problems =
                UnitLinks.merge(ProcedureRules.problems(code.value(), content), units.problems(content, day));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
