package vn.egov.shared.events;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again, every {@code egov.events.retry-interval}, the event publications whose listener failed: a mail
 * while the SMTP server was down, an audit entry while the database hiccuped. Without it they would wait for the
 * next restart. The registry marks a publication as resubmitted before handing it over, so with several nodes only
 * one of them sends it again; a listener that fails again leaves it failed for the next round.
 */
@Component
class PublicationRetry {

    private final FailedEventPublications failed;
    private final Duration minimumAge;

    PublicationRetry(FailedEventPublications failed, @Value("${egov.events.retry-interval:1m}") Duration minimumAge) {
        this.failed = failed;
        this.minimumAge = minimumAge;
    }

    @Scheduled(
            fixedDelayString = "${egov.events.retry-interval:1m}",
            initialDelayString = "${egov.events.retry-interval:1m}")
    void resubmitFailed() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(minimumAge));
    }
}
