package vn.egov.shared.database;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded server die with the JVM that started it, even when the JVM cannot run its shutdown hooks
 * ({@code kill -9}). {@code pg_ctl} detaches the server from the JVM (its own session), and Java cannot ask the
 * kernel to signal a child when its parent dies (Linux's {@code PR_SET_PDEATHSIG}). So a tiny shell process
 * holds the read end of a pipe whose write end only the JVM holds: when the JVM is gone, however it went, the
 * kernel closes the pipe, the shell's {@code read} ends, and it asks the server for a fast shutdown, provided the
 * directory's lock file still names that server (a newer platform may already have started its own). Normal exits
 * stop the server first and then the watchdog; a platform killed before its watchdog started is covered by
 * {@link LeftoverServer} at the next start. Not available on Windows (no POSIX shell).
 */
final class ServerWatchdog {

    private static final Logger log = LoggerFactory.getLogger(ServerWatchdog.class);

    // $1 = data directory, $2 = postmaster pid; named egov-db-watchdog, without "postgres" in its command line, so
    // that tools looking for the server's processes (bench/boot.sh) do not count it. Ctrl-C and a closed terminal reach
    // the whole process group: the
    // JVM then stops the server itself, so the watchdog ignores them and simply waits for the pipe to close.
    private static final String SCRIPT = """
            trap '' INT HUP
            while read -r _; do :; done
            { read -r pid < "$1/postmaster.pid"; } 2>/dev/null && [ "$pid" = "$2" ] && kill -INT "$2"
            exit 0
            """;

    private final Process process;

    private ServerWatchdog(Process process) {
        this.process = process;
    }

    static Optional<ServerWatchdog> watch(Path directory) {
        if (LeftoverServer.isWindows()) {
            return Optional.empty();
        }
        Optional<Long> pid = LeftoverServer.postmasterPid(directory);
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder(
                            "/bin/sh", "-c", SCRIPT, "egov-db-watchdog", directory.toString(), pid.get() + "")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return Optional.of(new ServerWatchdog(process));
        } catch (IOException e) {
            log.warn("No watchdog for the embedded PostgreSQL ({}): it may outlive a killed JVM", e.getMessage());
            return Optional.empty();
        }
    }

    /** The server has been stopped normally: the watchdog has nothing left to do. */
    void dismiss() {
        process.destroy();
    }
}
