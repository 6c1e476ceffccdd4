/**
 * The citizens' portal (issue 14): the online application — the form rendered from the procedure's form schema,
 * uploads per required paper, drafts kept on the server per account, review and submit through the one-stop shop's
 * {@code OnlineIntake}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Citizens' portal",
        allowedDependencies = {"shared", "identity", "catalogue", "dossier", "files"})
package vn.egov.portal;
