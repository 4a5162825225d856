package dev.wharf.events;

import dev.wharf.shared.TimeSource;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A webhook worker of a test's own, for tests outside this package: retries after {@code backoff}
 * instead of minutes, so a run of failures takes milliseconds; the real worker is off in tests.
 */
public final class TestWebhookWorker {

    private final WebhookWorker worker;

    private TestWebhookWorker(WebhookWorker worker) {
        this.worker = worker;
    }

    public static TestWebhookWorker withBackoff(ApplicationContext context, Duration backoff) {
        var policy = new WebhookWorker.Policy(backoff, backoff, Duration.ofHours(26), 20, backoff, WebhookWorker.LEASE);
        return new TestWebhookWorker(new WebhookWorker(context.getBean(JdbcClient.class),
                context.getBean(PlatformTransactionManager.class), new TimeSource(), "test-" + UUID.randomUUID(), policy, ""));
    }

    /** One poll: claims, sends and settles what is due. */
    public int runOnce() {
        return worker.runOnce();
    }

    /** Whether a feed reader is waiting for writers in flight. */
    public static boolean aFeedReaderIsWaiting(ApplicationContext context) {
        return context.getBean(EventFeedGate.class).aReaderIsWaiting();
    }
}
