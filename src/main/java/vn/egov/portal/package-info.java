/**
 * The citizens' portal (issue 14): online services for citizens and businesses — the online application (the form
 * rendered from the procedure's form schema, uploads per required paper, drafts kept on the server per account,
 * review and submit through the one-stop shop's {@code OnlineIntake}), their own dossiers ("Hồ sơ của tôi": status,
 * timeline, what the officer asked for, answering a supplement request, withdrawal, rating, slips and the electronic
 * result, through {@code dossier.MyDossiers}) and the notices in the portal with the bell's unread count (it listens
 * to the one-stop shop's {@code DossierChanged}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Citizens' portal",
        allowedDependencies = {"shared", "identity", "catalogue", "dossier", "files"})
package vn.egov.portal;
