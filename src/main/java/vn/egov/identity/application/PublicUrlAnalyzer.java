package vn.egov.identity.application;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing or malformed public address into Spring Boot's "APPLICATION FAILED TO START" report, saying
 * what to set, instead of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
public class PublicUrlAnalyzer extends AbstractFailureAnalyzer<PublicUrl.NotConfigured> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PublicUrl.NotConfigured cause) {
        return new FailureAnalysis(
                cause.getMessage() + ".",
                "Set the address citizens and officials reach the platform at, as the reverse proxy serves it:"
                        + " EGOV_PUBLIC_URL=https://dichvucong.haiduong.gov.vn (property " + PublicUrl.PROPERTY
                        + "; it replaces EGOV_IDENTITY_PUBLIC_URL). Only the demo profile may leave it empty.",
                cause);
    }
}
