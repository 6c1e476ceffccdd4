/**
 * The web shell: the page layout with the province's name and crest, navigation assembled from the modules'
 * {@link vn.egov.shared.NavigationItem}s, the home page, the Vietnamese/English switch and the error pages.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web shell",
        allowedDependencies = {"shared", "identity"})
package vn.egov.web;
