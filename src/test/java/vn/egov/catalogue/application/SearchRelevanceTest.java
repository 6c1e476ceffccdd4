package vn.egov.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureHit;
import vn.egov.catalogue.ProcedureQuery;
import vn.egov.support.EgovTest;

/**
 * How well the catalogue answers searches as citizens type them (src/test/resources/catalogue/search-relevance.tsv:
 * no diacritics, the names people use, typos), through the real search over the demo catalogue. Two figures:
 *
 * <ul>
 *   <li>precision in the first five: of the (at most five) procedures a search lists first, the share that are among
 *       its expected ones (nothing found counts 0) — procedures that share only generic words lower it;
 *   <li>mean reciprocal rank: 1 when an expected procedure comes first, 1/2 when second, … 0 when none is listed in
 *       the first twenty (one page).
 * </ul>
 *
 * The minimum figures asserted are the ones agreed for the set; {@code bench/relevance.sh} prints the table.
 */
@EgovTest
class SearchRelevanceTest {

    static final double MIN_PRECISION_AT_5 = 0.80;
    static final double MIN_MRR = 0.90;

    record Case(String query, List<String> expected, String kind) {}

    record Outcome(Case question, List<String> listed, double precisionAt5, double reciprocalRank) {}

    @Autowired
    ProcedureCatalogue catalogue;

    static List<Case> cases() throws IOException {
        try (InputStream in = SearchRelevanceTest.class.getResourceAsStream("/catalogue/search-relevance.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(f -> new Case(f[0], Arrays.asList(f[1].split(",")), f[2]))
                    .toList();
        }
    }

    /**
     * The demo catalogue's procedures the search lists, in order. Other test classes sharing this application
     * context publish procedures of their own; they are not part of what the set measures.
     */
    private List<String> listed(String query) {
        return catalogue.search(new ProcedureQuery(query, null, null, null, 0, 20)).hits().stream()
                .map(ProcedureHit::procedure)
                .map(p -> p.code().value())
                .filter(DEMO_CODES::contains)
                .toList();
    }

    static final Set<String> DEMO_CODES = demoCodes();

    private static Set<String> demoCodes() {
        try (InputStream in = SearchRelevanceTest.class.getResourceAsStream("/catalogue/demo-procedures.json")) {
            Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"(\\d\\.\\d{6})\"")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> codes = new HashSet<>();
            while (code.find()) codes.add(code.group(1));
            return Set.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Outcome judge(Case question) {
        List<String> listed = listed(question.query());
        List<String> firstFive = listed.subList(0, Math.min(5, listed.size()));
        double precision = firstFive.isEmpty()
                ? 0
                : firstFive.stream().filter(question.expected()::contains).count() / (double) firstFive.size();
        double reciprocal = 0;
        for (int i = 0; i < listed.size(); i++) {
            if (question.expected().contains(listed.get(i))) {
                reciprocal = 1.0 / (i + 1);
                break;
            }
        }
        return new Outcome(question, listed, precision, reciprocal);
    }

    @Test
    void citizens_searches_find_what_they_mean_in_the_first_five() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(DEMO_CODES).hasSize(46);
        List<Outcome> outcomes = new ArrayList<>();
        for (Case question : cases) {
            outcomes.add(judge(question));
        }
        double precision =
                outcomes.stream().mapToDouble(Outcome::precisionAt5).average().orElse(0);
        double mrr =
                outcomes.stream().mapToDouble(Outcome::reciprocalRank).average().orElse(0);
        print(outcomes, precision, mrr);

        assertThat(precision).as("precision in the first five").isGreaterThanOrEqualTo(MIN_PRECISION_AT_5);
        assertThat(mrr).as("mean reciprocal rank").isGreaterThanOrEqualTo(MIN_MRR);
    }

    @Test
    void a_construction_permit_search_lists_no_procedure_that_shares_only_generic_words() {
        List<String> listed = listed("cap giay phep xay dung");

        assertThat(listed.getFirst()).isEqualTo("1.009972");
        // driving licence exchange, karaoke licence, work permit: "cấp giấy phép" only
        assertThat(listed.subList(0, Math.min(5, listed.size()))).doesNotContain("1.002804", "1.001029", "1.000459");
        assertThat(listed).allSatisfy(code -> assertThat(code).isIn("1.009972", "1.009976"));
    }

    @Test
    void the_land_use_certificate_is_found_by_its_colloquial_names() {
        assertThat(listed("so do").getFirst()).isEqualTo("1.012786");
        assertThat(listed("so hong").getFirst()).isEqualTo("1.012786");
    }

    private static void print(List<Outcome> outcomes, double precision, double mrr) {
        StringBuilder out = new StringBuilder("\nSEARCH RELEVANCE (demo catalogue, ")
                .append(outcomes.size())
                .append(" queries)\n");
        out.append(String.format(Locale.ROOT, "%-42s %-11s %5s %5s  %s%n", "query", "kind", "P@5", "RR", "first five"));
        for (Outcome o : outcomes) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-42s %-11s %5.2f %5.2f  %s%n",
                    o.question().query(),
                    o.question().kind(),
                    o.precisionAt5(),
                    o.reciprocalRank(),
                    String.join(
                                    " ",
                                    o.listed().subList(0, Math.min(5, o.listed().size())))
                            + (o.listed().size() > 5 ? " … (" + o.listed().size() + " listed)" : "")));
        }
        outcomes.stream().map(o -> o.question().kind()).distinct().sorted().forEach(kind -> {
            List<Outcome> of = outcomes.stream()
                    .filter(o -> o.question().kind().equals(kind))
                    .toList();
            out.append(String.format(
                    Locale.ROOT,
                    "KIND %-11s queries %2d  P@5 %.3f  MRR %.3f%n",
                    kind,
                    of.size(),
                    of.stream().mapToDouble(Outcome::precisionAt5).average().orElse(0),
                    of.stream().mapToDouble(Outcome::reciprocalRank).average().orElse(0)));
        });
        out.append(String.format(
                Locale.ROOT, "RELEVANCE P@5 %.3f MRR %.3f queries %d%n", precision, mrr, outcomes.size()));
        System.out.println(out);
    }
}
