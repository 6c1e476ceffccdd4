/**
 * Statistics (issue 15): the periodic dossier report's figures for any unit, procedure and period, kept as a read
 * model of daily counts that the one-stop shop's events keep up to date, so a leader's dashboard sums days rather
 * than scanning millions of dossiers. It only listens to {@code DossierChanged} and reads the dossier's facts
 * through {@code DossierFacts}; it is never called back.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Statistics",
        allowedDependencies = {"shared", "identity", "catalogue", "dossier"})
package vn.egov.reporting;
