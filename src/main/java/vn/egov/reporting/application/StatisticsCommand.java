package vn.egov.reporting.application;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The rebuild and the check as one command each ({@code scripts/statistics.sh rebuild|check}): the application
 * starts against its database, does the one thing, logs the outcome and stops, with exit code 1 when the check
 * found differences.
 */
@Component
class StatisticsCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StatisticsCommand.class);

    private final FigureKeeper keeper;
    private final ConfigurableApplicationContext context;
    private final String command;

    StatisticsCommand(
            FigureKeeper keeper,
            ConfigurableApplicationContext context,
            @Value("${egov.statistics.command:}") String command) {
        this.keeper = keeper;
        this.context = context;
        this.command = command;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (command.isBlank()) {
            return;
        }
        int exit = switch (command) {
            case "rebuild" -> {
                long started = System.nanoTime();
                long counted = keeper.rebuild();
                log.info(
                        "Statistics rebuilt from {} dossiers in {} s",
                        counted,
                        (System.nanoTime() - started) / 1_000_000_000.0);
                yield 0;
            }
            case "check" -> {
                List<FigureKeeper.Difference> differences = keeper.check(100);
                differences.forEach(d -> log.warn(
                        "Statistics differ: unit {} day {} procedure {} {}: kept {}, counted {}",
                        d.cell().unit(),
                        d.cell().day(),
                        d.cell().procedureCode(),
                        d.cell().metric(),
                        d.kept(),
                        d.counted()));
                log.info(
                        differences.isEmpty()
                                ? "Statistics check: the counts equal a direct count of the dossiers"
                                : "Statistics check: differences found (first 100 listed)");
                yield differences.isEmpty() ? 0 : 1;
            }
            default -> {
                log.error("Unknown statistics command '{}': rebuild or check", command);
                yield 2;
            }
        };
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
