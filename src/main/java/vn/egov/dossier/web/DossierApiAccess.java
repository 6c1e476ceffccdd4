package vn.egov.dossier.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.AccessRule;

/**
 * Who may call the dossier API for other systems: clients holding a token with the scope (OAuth2 client
 * credentials). The public status by code stays open to everyone ({@link DossierWeb}).
 */
@Configuration(proxyBeanMethods = false)
class DossierApiAccess {

    static final String SUBMIT = "dossier.submit";
    static final String HISTORY = "dossier.history";

    @Bean
    AccessRule dossiersSubmittedByClients() {
        return AccessRule.clientScope(SUBMIT, "/api/v1/dossiers").only(POST);
    }

    /** Any dossier's history: LGSP, the province's integration platform, synchronises them all (docs/api.md). */
    @Bean
    AccessRule historiesReadByClients() {
        return AccessRule.clientScope(HISTORY, "/api/v1/dossiers/*/history").only(GET);
    }

    /**
     * A dossier's electronic result, for the applicant's channel (the portal or LGSP that submits and tracks for
     * them), under the same scope as the history: what such a client may read of every dossier.
     */
    @Bean
    AccessRule resultsReadByClients() {
        return AccessRule.clientScope(HISTORY, "/api/v1/dossiers/*/result").only(GET);
    }
}
