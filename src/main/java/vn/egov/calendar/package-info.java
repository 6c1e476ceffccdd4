/**
 * The Vietnamese working-day calendar: lunar-solar conversion, statutory holidays of the Labour Code 2019, the
 * government's yearly decisions recorded by administrators, office hours, and deadline arithmetic in working
 * days that explains itself. Depends on {@code shared} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar", allowedDependencies = "shared")
package vn.egov.calendar;
