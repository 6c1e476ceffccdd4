package vn.egov.catalogue.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.egov.catalogue.CatalogueImported;
import vn.egov.catalogue.ProcedurePublished;

/**
 * The agencies and fields offered as search filters, remembered per day. Every search page shows them, and reading
 * them means scanning the content of every version in force; they change only when something is published. A
 * publication on this node forgets them at once; on other nodes of a cluster they are at most one minute old.
 */
@Component
class CatalogueFacets {

    private record Key(String kind, LocalDate day) {}

    private final Cache<Key, List<?>> remembered = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(16)
            .build();

    @SuppressWarnings("unchecked")
    <T> List<T> get(String kind, LocalDate day, Function<LocalDate, List<T>> read) {
        return (List<T>) remembered.get(new Key(kind, day), key -> List.copyOf(read.apply(key.day())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProcedurePublished published) {
        remembered.invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CatalogueImported imported) {
        remembered.invalidateAll();
    }
}
