package vn.egov.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server still running on the data directory although no platform uses it: the platform that started
 * it was killed ({@code kill -9}, an out-of-memory killer, a crashed IDE) before it could stop it. The server then
 * holds the directory (its {@code postmaster.pid}) and the next start would wait in vain for its own server. It is
 * found through {@code postmaster.pid} and stopped the way PostgreSQL wants to be stopped (a fast shutdown: open
 * transactions roll back, the data stays consistent), but only when the process really is a postgres serving this
 * directory: a recycled process id must never be signalled.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Path directory;
    private final ProcessHandle process;

    private LeftoverServer(Path directory, ProcessHandle process) {
        this.directory = directory;
        this.process = process;
    }

    /**
     * Stops a server left running on the directory, if there is one; afterwards the directory is free. A server
     * whose platform is alive is left alone: the platform holds a lock on {@code epg-lock} in the directory while
     * it runs, and the operating system releases that lock when the platform's process ends, however it ends.
     */
    static void stopIfAny(Path directory) {
        if (!Files.isRegularFile(directory.resolve("postmaster.pid"))) {
            return;
        }
        try (FileChannel channel = FileChannel.open(
                        directory.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException(
                        "Another running instance of the platform uses the embedded PostgreSQL in " + directory
                                + ". Stop it, or give this one another EGOV_DATABASE_EMBEDDED_DATA_DIRECTORY.");
            }
            find(directory).ifPresent(LeftoverServer::stop);
        } catch (IOException e) {
            log.warn("Could not check {} for a server left running: {}", directory, e.getMessage());
        }
    }

    /** The postmaster's process id written in the directory's lock file, if the file is there. */
    static Optional<Long> postmasterPid(Path directory) {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("postmaster.pid"));
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException noServer) {
            return Optional.empty();
        }
    }

    static Optional<LeftoverServer> find(Path directory) {
        Optional<Long> pid = postmasterPid(directory);
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            // PostgreSQL itself removes a lock file whose process is gone
            return Optional.empty();
        }
        if (!servesDirectory(process.get(), directory)) {
            // the id now belongs to another program; PostgreSQL would refuse to start while that one runs
            log.warn(
                    "{} names process {}, which is not a PostgreSQL server on this directory: removing the stale file",
                    directory.resolve("postmaster.pid"),
                    pid.get());
            try {
                Files.deleteIfExists(directory.resolve("postmaster.pid"));
            } catch (IOException e) {
                log.warn("Could not remove {}: {}", directory.resolve("postmaster.pid"), e.getMessage());
            }
            return Optional.empty();
        }
        return Optional.of(new LeftoverServer(directory, process.get()));
    }

    /** A postgres executable whose {@code -D} argument is this directory. */
    private static boolean servesDirectory(ProcessHandle process, Path directory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command()
                .map(command -> Path.of(command).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .orElse(false);
        if (!postgres) {
            return false;
        }
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && sameDirectory(Path.of(arguments[i + 1]), directory)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    long pid() {
        return process.pid();
    }

    void stop() {
        log.warn(
                "A PostgreSQL server (process {}) was left running on {} by a platform that did not stop: stopping it",
                process.pid(),
                directory);
        if (!fastShutdownWithPgCtl()) {
            // SIGTERM: PostgreSQL's "smart" shutdown; the clients were in the JVM that died, so none is waited for
            process.destroy();
        }
        try {
            process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("The PostgreSQL server (process " + process.pid() + ") left running on "
                    + directory + " did not stop within " + STOP_WAIT.toSeconds() + " s; stop it by hand.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL server on " + directory, e);
        }
    }

    /** {@code pg_ctl stop -m fast}, the binary next to the server's own, when it is there. */
    private boolean fastShutdownWithPgCtl() {
        Optional<Path> pgCtl = process.info()
                .command()
                .map(command -> Path.of(command).resolveSibling(isWindows() ? "pg_ctl.exe" : "pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isEmpty()) {
            return false;
        }
        try {
            Process stop = new ProcessBuilder(
                            pgCtl.get().toString(),
                            "stop",
                            "-D",
                            directory.toString(),
                            "-m",
                            "fast",
                            "-w",
                            "-t",
                            String.valueOf(STOP_WAIT.toSeconds()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return stop.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS) && stop.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "")
                .toLowerCase(java.util.Locale.ROOT)
                .startsWith("windows");
    }
}
