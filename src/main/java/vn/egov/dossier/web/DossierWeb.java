package vn.egov.dossier.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.Access;
import vn.egov.shared.AccessRule;
import vn.egov.shared.NavigationItem;
import vn.egov.shared.Role;

/** The one-stop shop's place in the web. */
@Configuration(proxyBeanMethods = false)
class DossierWeb {

    /** Anyone with a dossier's code may read its status: the lookup shows no personal data. */
    @Bean
    AccessRule dossierLookupIsPublic() {
        return AccessRule.everyone("/lookup", "/api/v1/dossiers/*/status").only(GET);
    }

    /** Officials print the slips of the dossiers they may read (the dossier itself decides which). */
    @Bean
    AccessRule slipsForOfficials() {
        return AccessRule.roles(
                        Access.anyOf(
                                Role.ONE_STOP_CLERK,
                                Role.SPECIALIST,
                                Role.DIVISION_HEAD,
                                Role.AGENCY_LEADER,
                                Role.AGENCY_ADMIN,
                                Role.PROVINCE_ADMIN),
                        "/dossiers/*/slips/*")
                .only(GET);
    }

    /** Who works on dossiers: the desk, and the processing unit's specialists, division heads and leaders. */
    private static final Access.AnyOf WORKING =
            Access.anyOf(Role.ONE_STOP_CLERK, Role.SPECIALIST, Role.DIVISION_HEAD, Role.AGENCY_LEADER);

    /** The desk's receipt and queue are the one-stop clerk's. */
    @Bean
    AccessRule deskForClerks() {
        return AccessRule.roles(Access.anyOf(Role.ONE_STOP_CLERK), "/desk", "/desk/**");
    }

    /** Every official who works on dossiers has an inbox. */
    @Bean
    AccessRule inboxForOfficials() {
        return AccessRule.roles(WORKING, "/inbox", "/inbox/**");
    }

    /**
     * A dossier's page is read by the officials who may print its slips (the dossier decides which: others get a
     * 404); steps on it are taken by those who work on dossiers.
     */
    @Bean
    AccessRule dossierPageForOfficials() {
        return AccessRule.roles(
                        Access.anyOf(
                                Role.ONE_STOP_CLERK,
                                Role.SPECIALIST,
                                Role.DIVISION_HEAD,
                                Role.AGENCY_LEADER,
                                Role.AGENCY_ADMIN,
                                Role.PROVINCE_ADMIN),
                        "/dossiers/*")
                .only(GET);
    }

    @Bean
    AccessRule dossierStepsForWorkingOfficials() {
        return AccessRule.roles(WORKING, "/dossiers/*/**").only(POST);
    }

    /**
     * The electronic result is attached by those who work on dossiers; {@code Results} then decides who among them
     * (the step's holder, the processing agency's heads, the receiving desk).
     */
    @Bean
    AccessRule resultForWorkingOfficials() {
        return AccessRule.roles(WORKING, "/dossiers/*/result").only(POST);
    }

    /** Papers are scanned by the desk that received them ({@code Digitization} checks the desk). */
    @Bean
    AccessRule scansForClerks() {
        return AccessRule.roles(Access.anyOf(Role.ONE_STOP_CLERK), "/dossiers/*/papers/*/scan")
                .only(POST);
    }

    /**
     * A paper's file (a scan, a reused document, the result) is downloaded by those who work on dossiers and may
     * read this one (others get a 404); administrators, who do not see the applicant, do not read their papers.
     */
    @Bean
    AccessRule paperFilesForWorkingOfficials() {
        return AccessRule.roles(WORKING, "/dossiers/*/papers/*").only(GET);
    }

    @Bean
    NavigationItem deskLink() {
        return new NavigationItem("main", 30, "nav.desk", "/desk", "inbox-fill", Access.anyOf(Role.ONE_STOP_CLERK));
    }

    @Bean
    NavigationItem deskQueueLink() {
        return new NavigationItem(
                "main", 31, "nav.deskQueue", "/desk/queue", "hourglass-split", Access.anyOf(Role.ONE_STOP_CLERK));
    }

    @Bean
    NavigationItem inboxLink() {
        return new NavigationItem("main", 32, "nav.inbox", "/inbox", "list-task", WORKING);
    }

    @Bean
    NavigationItem lookupLink() {
        return NavigationItem.forEveryone("main", 20, "nav.lookup", "/lookup", "search");
    }
}
