/**
 * The electronic one-stop shop (một cửa điện tử): the dossier of an administrative procedure from submission or
 * receipt at the desk to the returned result — its national status ({@code TrangThaiHoSo} 1–10), its code, its
 * deadlines in working days, supplement rounds, refusals, withdrawals, late handling with an apology, the slips
 * of Circular 03/2025/TT-VPCP, the public lookup by code, the applicant's rating. The dossier's status is the
 * source of truth; the process engine only routes the work (Decree 118/2025/NĐ-CP).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "One-stop shop",
        allowedDependencies = {"shared", "identity", "calendar", "catalogue", "workflow"})
package vn.egov.dossier;
