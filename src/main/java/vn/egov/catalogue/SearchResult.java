package vn.egov.catalogue;

import java.util.List;

/** A page of search results and how many there are in all. */
public record SearchResult(long total, List<ProcedureHit> hits, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
