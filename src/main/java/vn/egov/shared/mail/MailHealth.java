package vn.egov.shared.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mail.health.MailHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail server's health is reported on its own ({@code /actuator/health/mail}, the group in application.yml),
 * never in the platform's overall health: a load balancer or Kubernetes that sees the overall health DOWN takes the
 * node out or restarts it, which would stop every citizen's work because the province's SMTP relay is away. Mails
 * do not need the server at the moment they are asked for: they wait in the event publication registry and are
 * sent again until the server takes them ({@code shared.events.PublicationRetry}).
 */
@Configuration(proxyBeanMethods = false)
class MailHealth {

    /** The SMTP server's indicator: Boot's own, under a name that is not the group's (Boot forbids that). */
    static final String CONTRIBUTOR = "smtp";

    @Bean
    HealthIndicator smtpHealthIndicator(JavaMailSenderImpl mailSender) {
        return new MailHealthIndicator(mailSender);
    }

    @Bean
    HealthEndpointGroupsPostProcessor mailOutsideOverallHealth() {
        return groups -> {
            Map<String, HealthEndpointGroup> named = new LinkedHashMap<>();
            groups.getNames().forEach(name -> named.put(name, groups.get(name)));
            return HealthEndpointGroups.of(new Without(groups.getPrimary(), CONTRIBUTOR), named);
        };
    }

    /** A group as it is, but for one contributor. */
    private record Without(HealthEndpointGroup group, String excluded) implements HealthEndpointGroup {

        @Override
        public boolean isMember(String name) {
            return !name.equals(excluded) && group.isMember(name);
        }

        @Override
        public boolean showComponents(SecurityContext securityContext) {
            return group.showComponents(securityContext);
        }

        @Override
        public boolean showDetails(SecurityContext securityContext) {
            return group.showDetails(securityContext);
        }

        @Override
        public StatusAggregator getStatusAggregator() {
            return group.getStatusAggregator();
        }

        @Override
        public HttpCodeStatusMapper getHttpCodeStatusMapper() {
            return group.getHttpCodeStatusMapper();
        }

        @Override
        public AdditionalHealthEndpointPath getAdditionalPath() {
            return group.getAdditionalPath();
        }
    }
}
