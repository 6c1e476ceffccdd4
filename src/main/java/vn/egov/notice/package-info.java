/**
 * Notices to the applicant (issue 13): when a dossier is received, asked to be completed or supplemented, refused,
 * asked to pay, finished, late (apology), stopped or withdrawn, the applicant gets an e-mail (SMTP) and an SMS (an
 * HTTP gateway, when configured), in their language, with a link to the public lookup. It only listens to the
 * one-stop shop's {@code DossierChanged}, from the event publication registry, so a mail outage delays a notice and
 * never loses it; it reads what it needs through {@code OneStopShop} and is never called back.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notices to applicants",
        allowedDependencies = {"shared", "dossier"})
package vn.egov.notice;
