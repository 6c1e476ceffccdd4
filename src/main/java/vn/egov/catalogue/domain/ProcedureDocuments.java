package vn.egov.catalogue.domain;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.catalogue.ProcedureContent;

/** Reads and writes a version's content as the JSON document stored with it. */
public final class ProcedureDocuments {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ProcedureDocuments() {}

    public static String write(ProcedureContent content) {
        return JSON.writeValueAsString(content);
    }

    public static ProcedureContent read(String json) {
        return JSON.readValue(json, ProcedureContent.class);
    }

    /**
     * Reads a version's document once: a version's content only changes with its {@code updatedAt}, so searches
     * and pages that show the same versions again reuse the parsed content instead of parsing the JSON each time.
     */
    public static ProcedureContent read(java.util.UUID version, java.time.Instant updatedAt, String json) {
        return PARSED.get(new Key(version, updatedAt), key -> read(json));
    }

    private record Key(java.util.UUID version, java.time.Instant updatedAt) {}

    private static final com.github.benmanes.caffeine.cache.Cache<Key, ProcedureContent> PARSED =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                    .maximumSize(20_000)
                    .build();

    public static JsonMapper mapper() {
        return JSON;
    }
}
