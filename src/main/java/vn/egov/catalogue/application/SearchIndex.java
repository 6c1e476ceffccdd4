package vn.egov.catalogue.application;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.egov.catalogue.domain.ProcedureVersion;
import vn.egov.shared.RuleViolation;

/**
 * Builds the search index from the database when the platform starts (the Lucene index lives in memory: a few
 * thousand procedures index in seconds, and the index can never disagree with the database), in the background
 * so start-up does not wait. Changes after that are indexed as they are committed. Searches made before the first
 * build finishes wait for it.
 */
@Component
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private final CompletableFuture<Void> built = new CompletableFuture<>();

    SearchIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuild() {
        long started = System.nanoTime();
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
