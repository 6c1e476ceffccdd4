/**
 * The citizen-facing web (issue 14): online services for citizens and businesses — their own dossiers ("Hồ sơ của
 * tôi": status, timeline, what the officer asked for, answering a supplement request, withdrawal, rating, slips and
 * the electronic result) and the notices in the portal with the bell's unread count. It reads and acts on dossiers
 * only through the one-stop shop's API ({@code dossier.MyDossiers}) and listens to its {@code DossierChanged}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Portal",
        allowedDependencies = {"shared", "identity", "catalogue", "dossier", "files"})
package vn.egov.portal;
