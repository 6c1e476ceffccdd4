package vn.egov.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two database roles the platform uses, so that the application cannot undo what the database guarantees (the
 * audit log's append-only triggers, the schema): the <em>owner</em> owns the database and every schema, table and
 * function in it, and is the role Flyway migrates as ({@code spring.flyway.user}); the <em>runtime</em> role is the
 * one the application connects as ({@code spring.datasource.username}) and owns nothing: it reads and writes rows
 * (default privileges the owner grants on everything it creates) and may only read and add to the audit tables
 * (their migrations revoke the rest). Not being an owner nor a superuser, it can neither alter nor disable a
 * trigger, nor turn triggers off for its session. Creating the roles takes a superuser, once: the embedded server
 * does it at its first start, an external server's administrator runs the same SQL (docs/operations.md).
 */
public final class DatabaseRoles {

    private DatabaseRoles() {}

    /**
     * Creates the roles if missing, as a superuser (role creation is cluster-wide); {@code password} may be
     * {@code null} where the server trusts local connections (the embedded one).
     */
    public static void create(Connection superuser, String owner, String runtime, String password) throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            for (String role : new String[] {owner, runtime}) {
                try {
                    statement.execute("create role " + identifier(role) + " login"
                            + (password == null ? "" : " password " + literal(password)));
                } catch (SQLException exists) {
                    // duplicate_object: created earlier; unique_violation: by a concurrent test run on the server
                    if (!"42710".equals(exists.getSQLState()) && !"23505".equals(exists.getSQLState())) {
                        throw exists;
                    }
                }
            }
        }
    }

    /**
     * What the runtime role may do in the owner's database, as a superuser connected to that database: connect, use
     * every schema the owner creates, read and write rows of its tables, use its sequences. Takes effect for
     * objects the owner creates from now on, i.e. everything Flyway creates.
     */
    public static void grantRuntimeAccess(Connection superuserOnDatabase, String owner, String runtime)
            throws SQLException {
        String o = identifier(owner);
        String r = identifier(runtime);
        try (Statement statement = superuserOnDatabase.createStatement()) {
            String database = superuserOnDatabase.getCatalog();
            statement.execute("grant connect, temporary on database " + identifier(database) + " to " + r);
            statement.execute("alter default privileges for role " + o + " grant usage on schemas to " + r);
            statement.execute("alter default privileges for role " + o
                    + " grant select, insert, update, delete on tables to " + r);
            statement.execute("alter default privileges for role " + o + " grant usage, select on sequences to " + r);
        }
    }

    /**
     * A database created before the roles existed (an embedded data directory of an earlier version) has its
     * objects owned by the superuser: the owner role takes them over, and the runtime role gets on them what the
     * default privileges give on new ones. Nothing to do once the objects belong to the owner.
     */
    public static void adoptObjectsOfSuperuser(Connection superuserOnDatabase, String owner, String runtime)
            throws SQLException {
        String sql = """
                do $adopt$
                declare
                    item record;
                begin
                    if (select datdba from pg_database where datname = current_database()) <> '%1$s'::regrole then
                        execute format('alter database %%I owner to %1$s', current_database());
                    end if;
                    for item in select n.nspname from pg_namespace n
                            where n.nspowner = current_user::regrole and n.nspname not like 'pg\\_%%'
                              and n.nspname not in ('information_schema', 'public') loop
                        execute format('alter schema %%I owner to %1$s', item.nspname);
                        execute format('grant usage on schema %%I to %2$s', item.nspname);
                    end loop;
                    -- sequences of identity and serial columns follow their table
                    for item in select c.oid::regclass as name, c.relkind from pg_class c
                            join pg_namespace n on n.oid = c.relnamespace
                            where c.relowner = current_user::regrole and c.relkind in ('r', 'p', 'v', 'm', 'S')
                              and n.nspname not like 'pg\\_%%' and n.nspname <> 'information_schema'
                              and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                      and d.objid = c.oid and d.deptype in ('a', 'i')) loop
                        execute format('alter %%s %%s owner to %1$s',
                                case item.relkind when 'S' then 'sequence' when 'v' then 'view'
                                    when 'm' then 'materialized view' else 'table' end,
                                item.name);
                        if item.relkind = 'S' then
                            execute format('grant usage, select on sequence %%s to %2$s', item.name);
                        else
                            execute format('grant select, insert, update, delete on %%s to %2$s', item.name);
                        end if;
                    end loop;
                    for item in select p.oid::regprocedure as name from pg_proc p
                            join pg_namespace n on n.oid = p.pronamespace
                            where p.proowner = current_user::regrole
                              and n.nspname not like 'pg\\_%%' and n.nspname <> 'information_schema' loop
                        execute format('alter routine %%s owner to %1$s', item.name);
                    end loop;
                end
                $adopt$
                """.formatted(identifier(owner), identifier(runtime));
        try (Statement statement = superuserOnDatabase.createStatement()) {
            statement.execute(sql);
        }
    }

    static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain role or database name: " + name);
        }
        return name;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
