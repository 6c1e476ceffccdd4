import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue's relevance figures against a running platform (JDK only): each query of the relevance set
 * (src/test/resources/catalogue/search-relevance.tsv) through the search API, first page of 20; prints each query's
 * first five, precision in the first five and reciprocal rank, and the means. The same figures as
 * SearchRelevanceTest, which asserts the agreed minimums; this one also measures a build without that test.
 *
 * <pre>java bench/Relevance.java http://localhost:8080 [relevance set]</pre>
 */
public class Relevance {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path set = Path.of(args.length > 1 ? args[1] : "src/test/resources/catalogue/search-relevance.tsv");
        HttpClient http = HttpClient.newHttpClient();
        Pattern code = Pattern.compile("\"code\":\"(\\d\\.\\d{6})\",\"versionId\"");
        double precisionSum = 0;
        double reciprocalSum = 0;
        int queries = 0;
        for (String line : Files.readAllLines(set)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            List<String> expected = Arrays.asList(f[1].split(","));
            String body = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/procedures?size=20&q="
                                            + URLEncoder.encode(f[0], StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            List<String> listed = new ArrayList<>();
            Matcher m = code.matcher(body);
            while (m.find()) listed.add(m.group(1));
            List<String> firstFive = listed.subList(0, Math.min(5, listed.size()));
            double precision = firstFive.isEmpty()
                    ? 0
                    : firstFive.stream().filter(expected::contains).count() / (double) firstFive.size();
            double reciprocal = 0;
            for (int i = 0; i < listed.size(); i++) {
                if (expected.contains(listed.get(i))) {
                    reciprocal = 1.0 / (i + 1);
                    break;
                }
            }
            precisionSum += precision;
            reciprocalSum += reciprocal;
            queries++;
            System.out.printf(
                    Locale.ROOT,
                    "%-42s %-11s P@5 %.2f RR %.2f  %s%s%n",
                    f[0],
                    f[2],
                    precision,
                    reciprocal,
                    String.join(" ", firstFive),
                    listed.size() > 5 ? " … (" + listed.size() + " listed)" : "");
        }
        System.out.printf(
                Locale.ROOT, "RELEVANCE P@5 %.3f MRR %.3f queries %d%n", precisionSum / queries, reciprocalSum / queries,
                queries);
    }
}
