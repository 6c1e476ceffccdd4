/**
 * The catalogue of administrative procedures (thủ tục hành chính) with the fields of the national database:
 * versions with effective dates, required papers, fees, processing times, online service level, internal
 * process, online form schemas; import and export in the layout provinces publish; search that ignores
 * Vietnamese diacritics and tolerates typos. Depends on {@code shared} only.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Procedure catalogue",
        allowedDependencies = {"shared", "calendar", "identity"})
package vn.egov.catalogue;
