package vn.egov.shared.events;

import java.time.Duration;
import org.springframework.modulith.events.FailedEventPublications;

/** For tests of other modules: the platform's retry of failed publications, run now rather than in a minute. */
public final class Retries {

    private Retries() {}

    public static void runNow(FailedEventPublications failed) {
        new PublicationRetry(failed, Duration.ZERO).resubmitFailed();
    }
}
