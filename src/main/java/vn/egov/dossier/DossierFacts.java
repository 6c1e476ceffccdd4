package vn.egov.dossier;

import java.util.List;
import java.util.Optional;

/**
 * What the statistics read of dossiers: one {@link DossierFact} per dossier, its current state in the terms the
 * periodic report and the service-quality index count. The reporting module keeps its figures from these facts
 * when a dossier changes and rebuilds them by reading every fact; it never reads the one-stop shop's tables.
 */
public interface DossierFacts {

    /** The dossier's facts now; empty when there is no such dossier. */
    Optional<DossierFact> fact(DossierId id);

    /**
     * Up to {@code limit} dossiers' facts in the order of their ids, after {@code after} ({@code null}: from the
     * first), so a rebuild can walk millions of dossiers in pages without holding them all.
     */
    List<DossierFact> page(DossierId after, int limit);

    /** The facts of these dossiers (those that exist), newest first. */
    List<DossierFact> facts(java.util.Collection<DossierId> ids);

    /** How many dossiers there are (the rebuild's progress). */
    long count();
}
