package vn.egov.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A platform in a JVM of its own, as far as the database goes: it starts the embedded server on a directory, writes a
 * row, says "ready" with the server's process id, and runs until it is killed. Tests kill it the hard way.
 */
final class PlatformProcess {

    private final Process jvm;
    private final long postmasterPid;

    private PlatformProcess(Process jvm, long postmasterPid) {
        this.jvm = jvm;
        this.postmasterPid = postmasterPid;
    }

    static PlatformProcess start(Path directory) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PlatformProcess.class.getName());
        command.add(directory.toString());
        Process jvm = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(directory
                        .resolveSibling(directory.getFileName() + ".log")
                        .toFile())
                .start();
        Path ready = directory.resolveSibling(directory.getFileName() + ".ready");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!java.nio.file.Files.exists(ready)) {
            if (!jvm.isAlive() || System.nanoTime() > deadline) {
                jvm.destroyForcibly();
                throw new AssertionError("the platform process did not start its database; see its .log");
            }
            Thread.sleep(100);
        }
        return new PlatformProcess(
                jvm, Long.parseLong(java.nio.file.Files.readString(ready).strip()));
    }

    long postmasterPid() {
        return postmasterPid;
    }

    /** kill -9 of the JVM alone: nothing of it runs any more, no shutdown hook, no finally. */
    void killJvm() throws Exception {
        jvm.toHandle().destroyForcibly();
        jvm.waitFor(30, TimeUnit.SECONDS);
    }

    /** kill -9 of the JVM and of every process it started and still has: the worst case. */
    void killJvmAndItsChildren() throws Exception {
        jvm.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        killJvm();
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        EmbeddedDatabaseSettings settings = new EmbeddedDatabaseSettings(directory, "egov", 0, false, false);
        EmbeddedPostgresServers.lease(settings);
        try (Connection connection = DriverManager.getConnection(
                        EmbeddedPostgresServers.jdbcUrl(settings), EmbeddedDatabaseSettings.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('trước khi bị dừng đột ngột')");
        }
        long pid = LeftoverServer.postmasterPid(directory).orElseThrow();
        java.nio.file.Files.writeString(directory.resolveSibling(directory.getFileName() + ".ready"), pid + "");
        Thread.sleep(Long.MAX_VALUE);
    }
}
