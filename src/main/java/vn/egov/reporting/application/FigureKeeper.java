package vn.egov.reporting.application;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.dossier.DossierChanged;
import vn.egov.dossier.DossierFact;
import vn.egov.dossier.DossierFacts;
import vn.egov.dossier.DossierId;
import vn.egov.reporting.domain.Contribution;
import vn.egov.reporting.domain.Contributions;
import vn.egov.reporting.persistence.DailyFigures;

/**
 * Keeps the daily counts as the dossiers change: after each step's transaction commits, from the event publication
 * registry, the dossier's current facts replace its earlier part in the counts. A replayed or late event finds the
 * same facts and moves nothing. {@link #rebuild} recomputes every count from the dossiers, {@link #check} compares
 * the counts with the dossiers without changing them.
 */
@Component
public class FigureKeeper {

    private static final Logger log = LoggerFactory.getLogger(FigureKeeper.class);

    private static final int PAGE = 1000;

    private final DossierFacts facts;
    private final DailyFigures figures;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone;

    FigureKeeper(DossierFacts facts, DailyFigures figures, TransactionTemplate transactions, Clock clock) {
        this.facts = facts;
        this.figures = figures;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    @ApplicationModuleListener
    void on(DossierChanged changed) {
        count(changed.dossier());
    }

    /** Brings the dossier's part of the counts up to its current facts; answers whether a count moved. */
    @Transactional
    public boolean count(DossierId dossier) {
        Optional<DossierFact> fact = facts.fact(dossier);
        if (fact.isEmpty()) {
            // a dossier is never deleted; if it were, its part would stay until the next rebuild
            log.warn("No facts for dossier {}: its counts are left as they were", dossier);
            return false;
        }
        return apply(fact.get());
    }

    private boolean apply(DossierFact fact) {
        return figures.replace(
                fact.id().value(),
                fact.receivingUnit().value(),
                fact.procedureCode(),
                Contributions.of(fact, zone),
                clock.instant());
    }

    /**
     * Recomputes every count from the dossiers: clears the read model and counts each dossier again, a page per
     * transaction in batched statements. Changes that happen meanwhile are counted by their events after the
     * rebuild has passed their dossier, or replace the rebuilt part when they come after it; one that the rebuild
     * read before its event was handled is counted by that event, so none is lost. Statistics read during a rebuild are incomplete; run it when the counts are in doubt (after a
     * restore, a change of the counting rules), not as routine.
     */
    public long rebuild() {
        transactions.executeWithoutResult(status -> figures.clear());
        long counted = 0;
        DossierId after = null;
        while (true) {
            List<DossierFact> page = facts.page(after, PAGE);
            if (page.isEmpty()) {
                transactions.executeWithoutResult(status -> figures.recountFromParts());
                return counted;
            }
            List<DailyFigures.Stored> parts = new java.util.ArrayList<>(page.size());
            List<java.util.UUID> ids = new java.util.ArrayList<>(page.size());
            for (DossierFact fact : page) {
                parts.add(new DailyFigures.Stored(
                        fact.receivingUnit().value(), fact.procedureCode(), Contributions.of(fact, zone)));
                ids.add(fact.id().value());
            }
            transactions.executeWithoutResult(status -> figures.addParts(parts, ids, clock.instant()));
            counted += page.size();
            after = page.getLast().id();
            if (counted % 100_000 < PAGE) {
                log.info("Statistics rebuild: {} dossiers counted", counted);
            }
        }
    }

    /** A daily count that differs from a direct count of the dossiers. */
    public record Difference(DailyFigures.Cell cell, long kept, long counted) {}

    /**
     * Counts the dossiers directly from their facts and compares every daily count with it: the counts that differ
     * (at most {@code limit}), in the order of unit, day, procedure and metric. Changes nothing; an empty answer
     * means the read model equals a direct count.
     */
    public List<Difference> check(int limit) {
        java.util.Map<DailyFigures.Cell, Long> counted = new java.util.HashMap<>();
        DossierId after = null;
        while (true) {
            List<DossierFact> page = facts.page(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (DossierFact fact : page) {
                for (Contribution part : Contributions.of(fact, zone)) {
                    counted.merge(
                            new DailyFigures.Cell(
                                    fact.receivingUnit().value(), part.day(), fact.procedureCode(), part.metric()),
                            part.weight(),
                            Long::sum);
                }
            }
            after = page.getLast().id();
        }
        java.util.Map<DailyFigures.Cell, Long> kept = figures.all();
        java.util.Set<DailyFigures.Cell> cells = new java.util.TreeSet<>(DailyFigures.Cell.ORDER);
        cells.addAll(counted.keySet());
        cells.addAll(kept.keySet());
        List<Difference> differences = new ArrayList<>();
        for (DailyFigures.Cell cell : cells) {
            long k = kept.getOrDefault(cell, 0L);
            long c = counted.getOrDefault(cell, 0L);
            if (k != c) {
                differences.add(new Difference(cell, k, c));
                if (differences.size() >= limit) {
                    break;
                }
            }
        }
        return differences;
    }

    /** How many of the monthly and per-unit sums differ from the daily counts they sum (0 when all agree). */
    public long sumsThatDiffer() {
        return figures.sumsThatDiffer();
    }
}
