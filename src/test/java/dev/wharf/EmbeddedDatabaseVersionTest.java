package dev.wharf;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * H2 2.4.240 broke every CHECK constraint once the session that created it closed: on the first
 * start of an embedded database, Flyway's pooled connection retires and every later write to a
 * checked table fails. The pom pins an H2 that does not; this keeps a version bump honest.
 */
class EmbeddedDatabaseVersionTest {

    @Test
    void a_check_constraint_still_works_after_the_session_that_created_it_has_closed() throws Exception {
        var url = "jdbc:h2:mem:check-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (var keepAlive = DriverManager.getConnection(url, "sa", "")) {
            try (var migration = DriverManager.getConnection(url, "sa", ""); var s = migration.createStatement()) {
                s.execute("create table delivery (id int, status varchar(20) not null check (status in ('PENDING', 'DELIVERED')))");
            }
            try (var later = DriverManager.getConnection(url, "sa", ""); var s = later.createStatement()) {
                assertThatCode(() -> s.execute("insert into delivery values (1, 'PENDING')")).doesNotThrowAnyException();
            }
        }
    }
}
