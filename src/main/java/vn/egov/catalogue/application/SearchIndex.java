package vn.egov.catalogue.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.catalogue.domain.ProcedureVersion;
import vn.egov.catalogue.persistence.ProcedureVersions;
import vn.egov.shared.RuleViolation;

/**
 * Builds the search index from the database when the platform starts (the Lucene index lives in memory: a few
 * thousand procedures index in seconds, and the index can never disagree with the database), in the background
 * so start-up does not wait. Changes made on this node are indexed as they are committed. Searches made before the
 * first build finishes wait for it.
 *
 * <p>With the in-memory index every node of a cluster has its own copy, which learns nothing of what other nodes
 * write; so each node compares the catalogue's revision key with the one it indexed, and when another node changed
 * something it writes every version's document again (without emptying the index, so searches meanwhile still
 * answer).
 * With a shared OpenSearch index this is not needed.
 */
@Component
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int BATCH = 200;

    private final EntityManagerFactory entityManagerFactory;
    private final ProcedureVersions versions;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final boolean ownCopy;
    private final CompletableFuture<Void> built = new CompletableFuture<>();
    private volatile String indexedRevision;

    SearchIndex(
            EntityManagerFactory entityManagerFactory,
            ProcedureVersions versions,
            EntityManager entityManager,
            PlatformTransactionManager transactionManager,
            SearchConfiguration.SearchProperties properties) {
        this.entityManagerFactory = entityManagerFactory;
        this.versions = versions;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
        this.ownCopy = "lucene".equalsIgnoreCase(properties.backend());
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuild() {
        long started = System.nanoTime();
        // read before indexing: a change committed while the indexer runs makes the next check index again
        indexedRevision = versions.revisionKey();
        Search.mapping(entityManagerFactory)
                .scope(ProcedureVersion.class)
                .massIndexer()
                .threadsToLoadObjects(1)
                .start()
                .whenComplete((done, failure) -> {
                    if (failure == null) {
                        log.info("Procedure search index built in {} ms", (System.nanoTime() - started) / 1_000_000);
                        built.complete(null);
                    } else {
                        log.error("Building the procedure search index failed", failure);
                        built.completeExceptionally(failure);
                    }
                });
    }

    /** Picks up procedures written on another node; returns whether it had to. */
    @Scheduled(
            fixedDelayString = "${egov.catalogue.search.refresh-interval:30s}",
            initialDelayString = "${egov.catalogue.search.refresh-interval:30s}")
    public synchronized boolean refreshWhenChangedElsewhere() {
        if (!ownCopy || !built.isDone() || built.isCompletedExceptionally()) {
            return false;
        }
        String revision = versions.revisionKey();
        if (revision.equals(indexedRevision)) {
            return false;
        }
        long started = System.nanoTime();
        // each version is written over its document (the mass indexer, unless it empties the index first, would add
        // a second one); a few thousand versions take well under a second
        transactions.executeWithoutResult(status -> {
            SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
            List<ProcedureVersion> all = versions.findAll();
            for (int from = 0; from < all.size(); from += BATCH) {
                all.subList(from, Math.min(all.size(), from + BATCH)).forEach(plan::addOrUpdate);
                plan.execute();
            }
        });
        indexedRevision = revision;
        log.info(
                "Procedure search index refreshed after changes from another node in {} ms",
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** Waits (at most {@code timeout}) until the index has been built once. */
    public void awaitReady(Duration timeout) {
        try {
            built.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new RuleViolation("procedure.error.searchUnavailable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleViolation("procedure.error.searchUnavailable");
        }
    }
}
