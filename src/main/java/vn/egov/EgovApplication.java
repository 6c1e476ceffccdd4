package vn.egov;

import java.util.Comparator;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The provincial e-Government platform: one Spring Boot application, one package per module. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class EgovApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(EgovApplication.class);
        // -Degov.startup-report=true lists the slowest start-up steps (bench/boot.sh's levers are chosen by it)
        BufferingApplicationStartup startup =
                Boolean.getBoolean("egov.startup-report") ? new BufferingApplicationStartup(20_000) : null;
        if (startup != null) {
            application.setApplicationStartup(startup);
        }
        application.run(args);
        if (startup != null) {
            report(startup.getBufferedTimeline());
        }
    }

    private static void report(StartupTimeline timeline) {
        StringBuilder out = new StringBuilder("Slowest start-up steps (inclusive of what each waited for):\n");
        timeline.getEvents().stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration)
                        .reversed())
                .limit(40)
                .forEach(event -> {
                    StringBuilder tags = new StringBuilder();
                    event.getStartupStep()
                            .getTags()
                            .forEach(tag -> tags.append(' ')
                                    .append(tag.getKey())
                                    .append('=')
                                    .append(tag.getValue()));
                    out.append(String.format(
                            "%6d ms  %s%s%n",
                            event.getDuration().toMillis(),
                            event.getStartupStep().getName(),
                            tags));
                });
        LoggerFactory.getLogger(EgovApplication.class).info("{}", out);
    }
}
