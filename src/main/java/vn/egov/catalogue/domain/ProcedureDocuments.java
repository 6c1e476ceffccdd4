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

    public static JsonMapper mapper() {
        return JSON;
    }
}
