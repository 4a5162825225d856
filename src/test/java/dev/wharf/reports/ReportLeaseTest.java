package dev.wharf.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.account.AccountId;
import dev.wharf.account.MerchantId;
import dev.wharf.support.WharfIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The claim and lease rules of report building, against the real database. */
class ReportLeaseTest extends WharfIntegrationTest {

    @Autowired
    private ReportRepository repository;

    @Autowired
    private ReportBuilder builder;

    @Autowired
    private JdbcClient jdbc;

    private AccountId account;
    private MerchantId merchant;

    @BeforeEach
    void aLogisticsMerchant() {
        var warehouse = newWarehouse("USD");
        var answer = http.post("/admin/api/accounts", ADMIN, Map.of("name", unique("reports"), "dialect", "logistics",
                "warehouseCode", warehouse.code()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        account = new AccountId(answer.id("id"));
        merchant = new MerchantId(jdbc.sql("select id from merchant where account_id = :a").param("a", account.value())
                .query(Long.class).single());
    }

    @Autowired
    private org.springframework.transaction.PlatformTransactionManager transactions;

    /** Half an hour ahead: the service's own poller (real time) stays away from the rows these tests claim. */
    private final Instant later = Instant.now().plus(Duration.ofMinutes(31));

    /**
     * A report row as a request writes it, without the kick that would build it at once, and held by a
     * placeholder lease of 30 minutes from the moment it is visible, so only the test's claims (at
     * {@link #later}) reach it.
     */
    private long pending() {
        var now = Instant.now();
        return new org.springframework.transaction.support.TransactionTemplate(transactions).execute(s -> {
            long id = repository.insert("RPT" + unique("L"), account, merchant, ReportType.INVENTORY_LEVELS_TODAY, Instant.EPOCH, now,
                    "secret-" + unique("S"), now);
            jdbc.sql("update report set claimed_by = 'placeholder', lease_until = :until where id = :id")
                    .param("until", now.plus(Duration.ofMinutes(30)).atOffset(java.time.ZoneOffset.UTC)).param("id", id).update();
            return id;
        });
    }

    private ReportRepository.Row awaitNotPending(long id) {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        var row = repository.find(id).orElseThrow();
        while (row.status() == ReportStatus.PENDING && System.nanoTime() < deadline) {
            builder.poll();
            row = repository.find(id).orElseThrow();
        }
        return row;
    }

    @Test
    void of_two_builders_claiming_one_report_only_the_first_gets_it() {
        long id = pending();
        var now = later;
        assertThat(repository.claim(id, "instance-a", now, now.plus(Duration.ofMinutes(5)))).isTrue();
        assertThat(repository.claim(id, "instance-b", now, now.plus(Duration.ofMinutes(5)))).isFalse();
        assertThat(repository.renew(id, "instance-b", now.plus(Duration.ofMinutes(10)))).as("only the holder renews").isFalse();
        assertThat(repository.succeed(id, "instance-b", 0, now)).as("only the holder finishes").isFalse();
    }

    @Test
    void a_live_lease_keeps_other_builders_away() {
        long id = pending();
        var now = later;
        assertThat(repository.claim(id, "busy-instance", now, now.plus(Duration.ofMinutes(5)))).isTrue();
        builder.poll();
        var row = repository.find(id).orElseThrow();
        assertThat(row.status()).isEqualTo(ReportStatus.PENDING);
        assertThat(row.attempts()).isEqualTo(1);
    }

    @Test
    void a_report_whose_builder_died_is_claimed_again_once_the_lease_ran_out_and_is_built() {
        long id = pending();
        assertThat(repository.claim(id, "dead-instance", later, later.plus(Duration.ofMinutes(5)))).isTrue();
        // The instance died mid-build: its lease ran out long ago.
        jdbc.sql("update report set lease_until = :past where id = :id")
                .param("past", Instant.now().minus(Duration.ofMinutes(1)).atOffset(java.time.ZoneOffset.UTC)).param("id", id).update();
        var row = awaitNotPending(id);
        assertThat(row.status()).isEqualTo(ReportStatus.SUCCESS);
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(row.rowCount()).isZero();
        assertThat(new String(repository.chunk(id, 0), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("logisticsSku,merchantSku,name,warehouseId,onHand,available,unavailable");
    }

    @Test
    void a_report_that_failed_every_attempt_is_an_error_with_a_message_for_the_client() {
        long id = pending();
        var now = later;
        for (int attempt = 1; attempt <= ReportBuilder.MAX_ATTEMPTS; attempt++) {
            var at = now.plusSeconds(attempt);
            assertThat(repository.claim(id, "failing-instance", at, at.plus(Duration.ofMinutes(5)))).isTrue();
            repository.fail(id, "failing-instance", ReportBuilder.MAX_ATTEMPTS, "the report could not be built; request it again", at);
        }
        var row = repository.find(id).orElseThrow();
        assertThat(row.attempts()).isEqualTo(ReportBuilder.MAX_ATTEMPTS);
        assertThat(row.status()).isEqualTo(ReportStatus.ERROR);
        assertThat(row.errorMessage()).isEqualTo("the report could not be built; request it again");
        assertThat(repository.claimable(now.plus(Duration.ofDays(1)), 1000)).doesNotContain(id);
    }
}
