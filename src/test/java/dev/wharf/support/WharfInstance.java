package dev.wharf.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole Wharf service started in this JVM on a random port, for tests that run several instances
 * (or restart one) against one database. Settings go in as command-line arguments: those of
 * {@code SpringApplicationBuilder.properties()} are only defaults, beaten by application.properties.
 */
public final class WharfInstance {

    private WharfInstance() {
    }

    public static ConfigurableApplicationContext start(Class<?> application, Map<String, String> settings) {
        var properties = new HashMap<>(settings);
        properties.putIfAbsent("server.port", "0");
        var args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(application).run(args);
    }

    public static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /**
     * A database that several contexts of this JVM open at once: an in-memory H2 database kept
     * while any of them is connected, or a fresh PostgreSQL database (drop it with
     * {@link TestDatabase#dropPostgresDatabase}).
     */
    public static Map<String, String> sharedDatabase(java.nio.file.Path dir) {
        if (TestDatabase.postgres()) {
            return TestDatabase.fresh(dir);
        }
        return Map.of("spring.datasource.url", "jdbc:h2:mem:two-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000", "spring.datasource.username", "sa", "spring.datasource.password", "");
    }

    /**
     * On H2, migrates the database through a connection of the test's own, which the caller keeps
     * open until every instance is stopped (and then closes): H2 2.4 leaves a CHECK constraint
     * unusable ("Check constraint invalid") once the session that created it is closed, so the
     * instance whose pool ran the migrations must not be the one a test kills. None on PostgreSQL.
     */
    public static java.sql.Connection migratedByTheTest(Map<String, String> database) throws java.sql.SQLException {
        if (TestDatabase.postgres()) {
            return null;
        }
        var connection = java.sql.DriverManager.getConnection(database.get("spring.datasource.url"), "sa", "");
        org.flywaydb.core.Flyway.configure()
                .dataSource(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true))
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        return connection;
    }

    /** Waits (polling, at most {@code seconds}) until the condition holds; false if it never did. */
    public static boolean await(int seconds, BooleanSupplier condition) throws InterruptedException {
        return Waits.until(seconds, condition);
    }
}
