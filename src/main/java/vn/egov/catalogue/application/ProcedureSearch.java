package vn.egov.catalogue.application;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.OnlineLevel;
import vn.egov.catalogue.ProcedureHit;
import vn.egov.catalogue.ProcedureQuery;
import vn.egov.catalogue.ProcedureStatus;
import vn.egov.catalogue.ProcedureSummary;
import vn.egov.catalogue.domain.ProcedureDocuments;
import vn.egov.catalogue.domain.ProcedureVersion;

/**
 * Full-text search of the procedures in force, narrowest first, widened only when it finds nothing:
 *
 * <ol>
 *   <li>the words in the procedure names, exactly (without diacritics): most words that name a subject must be
 *       there (see {@link SearchWords}), the generic ones ("cấp", "giấy phép", "đăng ký") only order the hits, so
 *       "cap giay phep xay dung" lists the construction permits and not every licence;
 *   <li>the same among the field, agency, papers and result of each procedure ("trich luc ban do" finds the land
 *       data service, whose result is an extract of the cadastral map);
 *   <li>typos: the words the catalogue does not contain at all may be one letter off (two from eight letters), in
 *       the names only — so "giay phep xay dunh" finds "xây dựng", while "giay", which the catalogue contains, is
 *       never stretched to "giao".
 * </ol>
 *
 * Within a step: the exact code first, then the whole phrase in the name, the most subject words, adjacent words,
 * the rest.
 * Names are highlighted on the words the step matched, no others.
 */
@Component
class ProcedureSearch {

    private static final List<String> NAMES = List.of("nameVi", "nameEn");
    private static final List<String> EVERYWHERE = List.of("nameVi", "nameEn", "keywords");

    private final EntityManager entityManager;
    private final SearchIndex index;
    private final Clock clock;

    ProcedureSearch(EntityManager entityManager, SearchIndex index, Clock clock) {
        this.entityManager = entityManager;
        this.index = index;
        this.clock = clock;
    }

    record Found(long total, List<ProcedureHit> hits) {}

    /** One step of the search: where the words are looked for, and which of them may be letters off. */
    private record Step(List<String> fields, Set<String> fuzzy) {}

    @Transactional(readOnly = true)
    public Found search(ProcedureQuery query) {
        index.awaitReady(Duration.ofSeconds(60));
        SearchSession session = Search.session(entityManager);
        String text = query.text().strip();
        if (text.isEmpty()) {
            return found(run(session, query, null, null), null, null);
        }
        SearchWords words = SearchWords.of(text);
        Step names = new Step(NAMES, Set.of());
        SearchResult<List<?>> result = run(session, query, words, names);
        if (result.total().hitCount() > 0 || words.words().isEmpty()) {
            return found(result, words, names);
        }
        Step everywhere = new Step(EVERYWHERE, Set.of());
        result = run(session, query, words, everywhere);
        if (result.total().hitCount() > 0) {
            return found(result, words, everywhere);
        }
        Set<String> unknown = words.words().stream()
                .filter(w -> w.length() > 3 && !known(session, w))
                .limit(MAX_FUZZY_WORDS)
                .collect(Collectors.toUnmodifiableSet());
        if (unknown.isEmpty()) {
            return found(result, words, everywhere);
        }
        Step typos = new Step(NAMES, unknown);
        return found(run(session, query, words, typos), words, typos);
    }

    private SearchResult<List<?>> run(SearchSession session, ProcedureQuery query, SearchWords words, Step step) {
        LocalDate today = LocalDate.now(clock);
        String upper = query.text().strip().toUpperCase(Locale.ROOT);
        return session.search(ProcedureVersion.class)
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
                    if (query.fullyOnline()) {
                        root.add(f.match().field("onlineLevel").matching(OnlineLevel.FULL.name()));
                    }
                    if (query.field() != null && !query.field().isBlank()) {
                        root.add(f.match().field("fieldCode").matching(query.field()));
                    }
                    if (query.agency() != null && !query.agency().isBlank()) {
                        root.add(f.match().field("agencyKey").matching(query.agency()));
                    }
                    if (words != null) {
                        root.add(f.or(
                                f.match().field("code").matching(upper).boost(20f), textPredicate(f, words, step)));
                    }
                })
                .sort(f ->
                        words == null ? f.field("nameSort") : f.score().then().field("nameSort"))
                .fetch(query.page() * query.size(), query.size());
    }

    private static Found found(SearchResult<List<?>> result, SearchWords words, Step step) {
        List<ProcedureHit> hits = result.hits().stream()
                .map(row -> {
                    ProcedureSummary summary =
                            ProcedureDocuments.mapper().readValue((String) row.get(0), ProcedureSummary.class);
                    return new ProcedureHit(
                            summary,
                            words == null
                                    ? null
                                    : NameHighlighter.mark(summary.name().vi(), words.words(), step.fuzzy()),
                            row.get(1) == null ? 0f : (Float) row.get(1));
                })
                .toList();
        return new Found(result.total().hitCount(), hits);
    }

    private static PredicateFinalStep textPredicate(SearchPredicateFactory f, SearchWords words, Step step) {
        var text = f.bool();
        List<String> required = words.subject().isEmpty() ? words.words() : words.subject();
        var subject = f.bool();
        for (String word : required) {
            subject.should(word(f, word, step, 1f));
        }
        subject.minimumShouldMatchNumber(
                words.subject().isEmpty()
                        ? Math.max(1, SearchWords.requiredOf(required.size()))
                        : words.subjectWordsRequired());
        text.must(subject);
        for (String word : required) {
            if (!step.fuzzy().contains(word)) {
                // the more of the subject a procedure names, the higher, whatever the length of its texts
                text.should(f.match()
                        .fields(step.fields().toArray(String[]::new))
                        .matching(word)
                        .constantScore()
                        .boost(2f));
            }
        }
        if (!words.subject().isEmpty()) {
            for (String word : words.generic()) {
                // they order procedures that name the subject, never bring one in
                text.should(word(f, word, step, 0.2f));
            }
        }
        if (words.words().size() > 1) {
            text.should(
                    f.phrase().field("nameVi").matching(words.text()).slop(1).boost(8f));
            for (int i = 0; i + 1 < words.words().size(); i++) {
                // "xay dung" side by side, rather than "xây" in one place and "sử dụng" in another
                String pair = words.words().get(i) + " " + words.words().get(i + 1);
                text.should(f.phrase().field("nameVi").matching(pair).boost(1.5f));
                if (step.fields().contains("keywords")) {
                    text.should(f.phrase().field("keywords").matching(pair).boost(0.5f));
                }
            }
        }
        return text;
    }

    /** One word in the step's fields; the Vietnamese name counts most, the papers and the rest least. */
    private static PredicateFinalStep word(SearchPredicateFactory f, String word, Step step, float weight) {
        var any = f.bool();
        for (String field : step.fields()) {
            float boost = switch (field) {
                case "nameVi" -> 3f;
                case "keywords" -> 0.5f;
                default -> 1f;
            };
            any.should(
                    step.fuzzy().contains(word)
                            ? f.match()
                                    .field(field)
                                    .matching(word)
                                    .fuzzy(word.length() >= 8 ? 2 : 1)
                                    .boost(boost * weight)
                            : f.match().field(field).matching(word).boost(boost * weight));
        }
        return any;
    }

    /** Whether any procedure (in force or not) contains the word as it is. */
    private static boolean known(SearchSession session, String word) {
        return session.search(ProcedureVersion.class)
                        .where(f -> f.match().fields("nameVi", "keywords").matching(word))
                        .fetchTotalHitCount()
                > 0;
    }

    /**
     * Words that may be letters off, at most: each becomes up to 50 terms of the index in each field, and the
     * engine refuses a query of more than 1024 clauses. The first words of a search carry its meaning.
     */
    static final int MAX_FUZZY_WORDS = 8;
}
