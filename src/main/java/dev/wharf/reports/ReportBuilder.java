package dev.wharf.reports;

import dev.wharf.shared.TimeSource;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds reports in the background. A builder first claims the report row (one conditional
 * update, so two instances never build the same report) with a lease it renews while writing; a
 * builder that dies leaves a lease that runs out, and the report is claimed again by the poller.
 * The build reads its query as one streamed result set (a JDBC fetch size, inside a transaction
 * so PostgreSQL uses a cursor) and writes the CSV through a small buffer into chunk rows; the
 * chunks and the SUCCESS mark commit together, so a half-built report is never served.
 */
@Component
class ReportBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(ReportBuilder.class);
    static final int MAX_ATTEMPTS = 3;
    private static final int FETCH_SIZE = 500;

    private final ReportRepository repository;
    private final NamedParameterJdbcTemplate streaming;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;
    private final TimeSource time;
    private final Duration lease;
    private final int chunkSize;
    private final String builder = "builder-" + UUID.randomUUID();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "report-builder");
        thread.setDaemon(true);
        return thread;
    });

    ReportBuilder(ReportRepository repository, DataSource dataSource, PlatformTransactionManager transactions, TimeSource time,
                  ReportSettings settings) {
        this.repository = repository;
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(jdbc);
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.time = time;
        this.lease = settings.lease();
        this.chunkSize = settings.chunkBytes();
    }

    /** A new report starts building at once, off the request's thread. */
    void kick(long reportId) {
        executor.execute(() -> buildIfClaimed(reportId));
    }

    /** A build cut short here leaves its lease to run out; another instance (or this one, restarted) builds it. */
    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Picks up reports nobody is building: new ones whose kick was lost, and those whose builder died. */
    @Scheduled(fixedDelayString = "${wharf.reports.poll-interval:5s}", initialDelayString = "${wharf.reports.poll-interval:5s}")
    void poll() {
        for (long id : repository.claimable(time.now(), 10)) {
            buildIfClaimed(id);
        }
    }

    void buildIfClaimed(long reportId) {
        var now = time.now();
        if (!Boolean.TRUE.equals(separate.execute(s -> repository.claim(reportId, builder, now, now.plus(lease))))) {
            return;
        }
        try {
            transaction.executeWithoutResult(s -> build(reportId));
        } catch (RuntimeException e) {
            LOG.warn("report {} failed to build", reportId, e);
            separate.executeWithoutResult(s -> repository.fail(reportId, builder, MAX_ATTEMPTS,
                    "the report could not be built; request it again", time.now()));
        }
    }

    private void build(long reportId) {
        var report = repository.find(reportId).orElseThrow();
        var query = report.type().query();
        repository.deleteChunks(reportId);
        var renewedAt = new Instant[] {time.now()};
        Runnable heartbeat = () -> {
            // Renew the lease in its own short transaction, so other instances see it while this one still writes.
            if (Duration.between(renewedAt[0], time.now()).compareTo(lease.dividedBy(3)) > 0) {
                if (!Boolean.TRUE.equals(separate.execute(s -> repository.renew(reportId, builder, time.now().plus(lease))))) {
                    throw new IllegalStateException("lost the lease of report " + reportId);
                }
                renewedAt[0] = time.now();
            }
        };
        long[] rows = {0};
        try (var chunks = new ChunkOutputStream(repository, reportId, chunkSize, heartbeat);
             var writer = new BufferedWriter(new OutputStreamWriter(chunks, StandardCharsets.UTF_8), 64 * 1024)) {
            var csv = new CsvWriter(writer);
            csv.row(query.header());
            if (query.sql() != null) {
                var params = new MapSqlParameterSource("m", report.merchantId())
                        .addValue("from", report.from().atOffset(java.time.ZoneOffset.UTC))
                        .addValue("to", report.to().atOffset(java.time.ZoneOffset.UTC));
                int columns = query.header().size();
                streaming.query(query.sql(), params, (RowCallbackHandler) rs -> {
                    var fields = new ArrayList<Object>(columns);
                    for (int c = 1; c <= columns; c++) {
                        fields.add(rs.getObject(c));
                    }
                    csv.row(fields);
                    rows[0]++;
                });
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!repository.succeed(reportId, builder, rows[0], time.now())) {
            throw new IllegalStateException("lost the lease of report " + reportId);
        }
    }
}
