package org.alliance.web.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL the tests use, as {@code deploy/postgres-for-tests.sh} prepares it (its defaults, or the
 * {@code ALLIANCE_TEST_POSTGRES_URL/USER/PASSWORD} it prints). Each test run works in databases it creates
 * itself and drops when the JVM ends, so runs never see each other's rows.
 */
public final class TestPostgres {
    /** Connection settings of one database. */
    public record Database(String url, String username, String password) {}

    private static final Database SERVER = new Database(
            setting("ALLIANCE_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/alliance_test"),
            setting("ALLIANCE_TEST_POSTGRES_USER", "alliance_test"),
            setting("ALLIANCE_TEST_POSTGRES_PASSWORD", "alliance_test"));
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36)
            + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);

    private static volatile String unreachable;
    private static Optional<Database> runDatabase;
    private static int created;

    private TestPostgres() {}

    /** True in the executions that run tests on PostgreSQL. */
    public static boolean selected() {
        return "postgres".equals(System.getProperty("alliance.test.database"));
    }

    /** True when a missing PostgreSQL must fail the tests instead of skipping them (CI). */
    public static boolean required() {
        return Boolean.parseBoolean(setting("ALLIANCE_REQUIRE_POSTGRES", "false"));
    }

    /** The one database the shared Spring context of this run uses, made on first call; empty if no server. */
    public static synchronized Optional<Database> runDatabase() {
        if (runDatabase == null) {
            runDatabase = reachable() ? Optional.of(freshDatabase()) : Optional.empty();
        }
        return runDatabase;
    }

    /** Why the server could not be reached, once {@link #reachable()} said so. */
    public static String unreachableReason() {
        return unreachable;
    }

    /** Whether the server takes connections with the test settings. */
    public static boolean reachable() {
        try (Connection ignored = connect(SERVER)) {
            return true;
        } catch (SQLException e) {
            unreachable = SERVER.url() + ": " + e.getMessage();
            return false;
        }
    }

    /** A new, empty database owned by the test role, dropped when the JVM ends. */
    public static synchronized Database freshDatabase() {
        String name = ("alliance_t_" + RUN + "_" + ++created).toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(name)));
        String url = SERVER.url().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        return new Database(url, SERVER.username(), SERVER.password());
    }

    /** Opens a connection to a database of this server. */
    public static Connection connect(Database database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }

    private static void execute(String sql) {
        try (Connection connection = connect(SERVER);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + SERVER.url(), e);
        }
    }

    private static void dropQuietly(String name) {
        try {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (IllegalStateException e) {
            // Best effort at exit: a database left behind holds only test rows.
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
