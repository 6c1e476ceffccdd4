package vn.egov.workflow;

/** Which case a process instance works on: the dossier's id as text (the engine's business key). */
public record CaseKey(String value) {

    public CaseKey {
        if (value == null || value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("a case key is a short non-blank text");
        }
    }
}
