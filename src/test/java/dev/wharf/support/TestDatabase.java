package dev.wharf.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * Which database the suite runs on: the embedded H2 by default, PostgreSQL when the build says
 * {@code -Dwharf.test.db=postgres} (the {@code postgres} Maven profile). The PostgreSQL run
 * uses WHARF_TEST_PG_URL, or a database it creates on 127.0.0.1:5432.
 */
public final class TestDatabase {

    public static final String PG_SERVER = System.getenv().getOrDefault("WHARF_TEST_PG_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
    public static final String PG_USER = System.getenv().getOrDefault("WHARF_TEST_PG_USER", "postgres");
    public static final String PG_PASSWORD = System.getenv().getOrDefault("WHARF_TEST_PG_PASSWORD", "");

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("wharf.test.db", "h2"));
    }

    private static Map<String, String> shared;

    /**
     * Connection settings of the suite's shared database, made once per JVM: every Spring context
     * of the suite (the service's, a module test's) uses the same one.
     */
    public static synchronized Map<String, String> shared() {
        if (shared == null) {
            shared = sharedOnce();
        }
        return shared;
    }

    private static Map<String, String> sharedOnce() {
        if (!postgres()) {
            return h2("jdbc:h2:mem:wharf-test;DB_CLOSE_DELAY=-1");
        }
        return Map.of("spring.datasource.url", sharedPostgresUrl(), "spring.datasource.username", PG_USER,
                "spring.datasource.password", PG_PASSWORD);
    }

    /**
     * Created once per JVM: a second application context (a test importing a configuration of
     * its own) must join the database, not drop it under the first context's connections.
     */
    private static synchronized String sharedPostgresUrl() {
        if (sharedPostgresUrl == null) {
            var url = System.getenv("WHARF_TEST_PG_URL");
            sharedPostgresUrl = url == null || url.isBlank() ? PG_SERVER + createPostgresDatabase("wharf_test_" + ProcessHandle.current().pid()) : url;
        }
        return sharedPostgresUrl;
    }

    private static String sharedPostgresUrl;

    /** A database of its own (for tests that restart the service), on the suite's kind of database. */
    public static Map<String, String> fresh(java.nio.file.Path dir) {
        if (!postgres()) {
            return h2("jdbc:h2:file:" + dir.resolve("wharf").toAbsolutePath());
        }
        var name = "wharf_restart_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return Map.of("spring.datasource.url", PG_SERVER + createPostgresDatabase(name),
                "spring.datasource.username", PG_USER, "spring.datasource.password", PG_PASSWORD);
    }

    public static void dropPostgresDatabase(String url) {
        var name = url.substring(url.lastIndexOf('/') + 1);
        try (var c = DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, PG_PASSWORD); var s = c.createStatement()) {
            s.execute("drop database if exists " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + name, e);
        }
    }

    private static String createPostgresDatabase(String name) {
        try (var c = DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, PG_PASSWORD); var s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_SERVER + " is not reachable: the postgres run cannot go on", e);
        }
    }

    private static Map<String, String> h2(String url) {
        return Map.of("spring.datasource.url", url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
                "spring.datasource.username", "sa", "spring.datasource.password", "");
    }
}
