package vn.egov.workflow.persistence.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Creates the BPMN engine's tables in their own schema {@code workflow}, as the owner role like every migration: the
 * runtime role may not run DDL, so the engine never creates or updates its schema itself
 * ({@code flowable.database-schema-update=false}; it only checks the version at start). The statements are the ones
 * Flowable ships in its jars for PostgreSQL — common services, process engine, history — run as they are, so the
 * tables are exactly what the engine on the class path expects (no copy to keep in step). The runtime role gets
 * its rights on them from the owner's default privileges, like every other table.
 *
 * <p>No checksum: the text belongs to the engine's jar. A later Flowable runs its upgrade scripts in a migration of
 * its own (ADR 0011).
 */
public class FlowableTables implements JavaMigration {

    static final String SCHEMA = "workflow";

    static final List<String> SCRIPTS = List.of(
            "org/flowable/common/db/create/flowable.postgres.create.common.sql",
            "org/flowable/db/create/flowable.postgres.create.engine.sql",
            "org/flowable/db/create/flowable.postgres.create.history.sql");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("50.1");
    }

    @Override
    public String getDescription() {
        return "flowable tables";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create schema if not exists " + SCHEMA);
            // Flowable's scripts name their tables without a schema; "local" ends with this migration's transaction
            statement.execute("set local search_path to " + SCHEMA);
            for (String script : SCRIPTS) {
                for (String sql : statements(read(script))) {
                    statement.execute(sql);
                }
            }
        }
    }

    /** The script's statements: each ends with a semicolon; lines starting with {@code --} are comments. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("--")) {
                continue;
            }
            current.append(text).append('\n');
            if (text.endsWith(";")) {
                current.setLength(current.length() - 2);
                statements.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(String resource) {
        ClassLoader loader = FlowableTables.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Flowable's DDL is not on the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
