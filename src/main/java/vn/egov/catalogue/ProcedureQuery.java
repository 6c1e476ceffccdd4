package vn.egov.catalogue;

/**
 * A catalogue search: free text (diacritics and small typos forgiven) and optional filters.
 *
 * @param agency an agency key as in {@link ProcedureContent.Agency#key()}
 * @param field a field code
 */
public record ProcedureQuery(String text, String agency, String field, ProcedureLevel level, int page, int size) {

    public ProcedureQuery {
        text = text == null ? "" : text.strip();
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, 100);
    }
}
