package dev.wharf.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.outbound.OrderId;
import dev.wharf.outbound.OrderShipped;
import dev.wharf.outbound.OrderStatus;
import dev.wharf.support.TestDatabase;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The events module on its own (with the modules it depends on, without any API): an event the
 * outbound module publishes reaches the event log, typed, and is recorded with its transition.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"wharf.demo.enabled=false", "wharf.webhooks.enabled=false"})
class EventLogScenarioTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.shared().forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    private EventLog log;

    /** An id no real order of the shared test database has: the log keeps no foreign key. */
    private static OrderId someOrder() {
        return new OrderId(ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L));
    }

    @Test
    void an_order_shipped_by_the_outbound_module_is_recorded_by_the_event_log(Scenario scenario) {
        var order = someOrder();
        scenario.publish(new OrderShipped(order, OrderStatus.PACKED, "sam"))
                .andWaitForStateChange(() -> log.history(order), history -> !history.isEmpty())
                .andVerify(history -> {
                    assertThat(history).hasSize(1);
                    var entry = history.get(0);
                    assertThat(entry.type()).isEqualTo("ORDER_SHIPPED");
                    assertThat(entry.fromStatus()).isEqualTo("PACKED");
                    assertThat(entry.toStatus()).isEqualTo("SHIPPED");
                    assertThat(entry.actor()).isEqualTo("sam");
                });
    }
}
