package vn.egov.workflow;

/** A task of the engine, by its id. */
public record TaskKey(String value) {

    public TaskKey {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a task key is a short non-blank text");
        }
    }
}
