package vn.egov.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.FormPage;

/**
 * The portal's forms that must lose nothing to a failure outside their controllers ({@link FormPage}): the online
 * application's form and its submit keep what was posted across a sign-in when the session ended mid-form (the draft
 * page restores it for the draft's owner only); the form and the supplement's upload refuse a file over the limit in
 * place, and are sent back to their page when the body is too large to be read at all.
 */
@Configuration(proxyBeanMethods = false)
class PortalForms {

    /** Saving, checking, uploading without the script, removing or picking a paper: all post the draft's form. */
    @Bean
    FormPage draftForm() {
        return FormPage.of("/portal/drafts/{id}", "/portal/drafts/{id}").keepingFieldsAcrossSignIn();
    }

    /** The review's submit: nothing typed, but the person comes back to the review rather than a 403. */
    @Bean
    FormPage draftSubmit() {
        return FormPage.of("/portal/drafts/{id}/submit", "/portal/drafts/{id}/review")
                .keepingFieldsAcrossSignIn();
    }

    @Bean
    FormPage supplementForm() {
        return FormPage.of("/portal/dossiers/{code}/supplement", "/portal/dossiers/{code}");
    }
}
