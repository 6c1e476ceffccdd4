package vn.egov.catalogue.application;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.ProcedureHit;
import vn.egov.catalogue.ProcedureQuery;
import vn.egov.catalogue.ProcedureStatus;
import vn.egov.catalogue.ProcedureSummary;
import vn.egov.catalogue.domain.ProcedureDocuments;
import vn.egov.catalogue.domain.ProcedureVersion;

/**
 * Full-text search of the procedures in force. Ranking: the exact code first, then the whole phrase in the name,
 * then the words in the name (each word may be one or two letters off, so "giay phep xay dunh" still finds
 * "Giấy phép xây dựng"), then the words among the field, agency, papers and result. At least three quarters of
 * the words must be found somewhere.
 */
@Component
class ProcedureSearch {

    private final EntityManager entityManager;
    private final SearchIndex index;
    private final Clock clock;

    ProcedureSearch(EntityManager entityManager, SearchIndex index, Clock clock) {
        this.entityManager = entityManager;
        this.index = index;
        this.clock = clock;
    }

    record Found(long total, List<ProcedureHit> hits) {}

    @Transactional(readOnly = true)
    public Found search(ProcedureQuery query) {
        index.awaitReady(Duration.ofSeconds(60));
        SearchSession session = Search.session(entityManager);
        LocalDate today = LocalDate.now(clock);
        String text = query.text().strip();
        SearchResult<List<?>> result = session.search(ProcedureVersion.class)
                .select(f -> f.composite(f.field("summary", String.class), f.score()))
                .where((f, root) -> {
                    root.add(f.match().field("status").matching(ProcedureStatus.PUBLISHED));
                    root.add(f.range().field("validFrom").atMost(today));
                    root.add(f.or(
                            f.not(f.exists().field("validTo")),
                            f.range().field("validTo").greaterThan(today)));
                    if (query.level() != null) {
                        root.add(f.match().field("level").matching(query.level().name()));
                    }
                    if (query.field() != null && !query.field().isBlank()) {
                        root.add(f.match().field("fieldCode").matching(query.field()));
                    }
                    if (query.agency() != null && !query.agency().isBlank()) {
                        root.add(f.match().field("agencyKey").matching(query.agency()));
                    }
                    if (!text.isEmpty()) {
                        root.add(textPredicate(f, text));
                    }
                })
                .sort(f ->
                        text.isEmpty() ? f.field("nameSort") : f.score().then().field("nameSort"))
                .fetch(query.page() * query.size(), query.size());
        List<ProcedureHit> hits = result.hits().stream()
                .map(row -> {
                    ProcedureSummary summary =
                            ProcedureDocuments.mapper().readValue((String) row.get(0), ProcedureSummary.class);
                    return new ProcedureHit(
                            summary,
                            text.isEmpty()
                                    ? null
                                    : NameHighlighter.mark(summary.name().vi(), text),
                            row.get(1) == null ? 0f : (Float) row.get(1));
                })
                .toList();
        return new Found(result.total().hitCount(), hits);
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep textPredicate(
            SearchPredicateFactory f, String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        return f.bool()
                .should(f.match().field("code").matching(upper).boost(20f))
                .should(f.phrase().field("nameVi").matching(text).slop(1).boost(8f))
                // the words as typed count more than words one or two letters off
                .should(f.simpleQueryString()
                        .field("nameVi")
                        .boost(3f)
                        .field("nameEn")
                        .field("keywords")
                        .boost(0.5f)
                        .matching(plainWords(text))
                        .defaultOperator(BooleanOperator.OR)
                        .minimumShouldMatchPercent(75)
                        .boost(2f))
                // typos: only in the names (the papers' and fields' words would make too many near matches)
                .should(f.simpleQueryString()
                        .field("nameVi")
                        .boost(3f)
                        .field("nameEn")
                        .matching(fuzzyWords(text))
                        .defaultOperator(BooleanOperator.OR)
                        .minimumShouldMatchPercent(75))
                .minimumShouldMatchNumber(1);
    }

    /**
     * Words that may be one or two letters off, at most: each becomes up to 50 terms of the index in each of two
     * fields, and the engine refuses a query of more than 1024 clauses (with {@link ProcedureQuery#MAX_WORDS} words
     * fuzzy, a large catalogue could reach it). The first words of a search carry its meaning.
     */
    static final int MAX_FUZZY_WORDS = 8;

    /** The words, each once, with any query syntax characters taken out. */
    static String plainWords(String text) {
        return String.join(" ", words(text));
    }

    /** Each word longer than three letters may be one letter off (two for eight letters or more). */
    static String fuzzyWords(String text) {
        StringBuilder query = new StringBuilder();
        for (String word : words(text).stream().limit(MAX_FUZZY_WORDS).toList()) {
            if (!query.isEmpty()) query.append(' ');
            query.append(word);
            if (word.length() >= 8) query.append("~2");
            else if (word.length() > 3) query.append("~1");
        }
        return query.toString();
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .distinct()
                .toList();
    }
}
