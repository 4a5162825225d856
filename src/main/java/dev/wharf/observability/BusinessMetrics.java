package dev.wharf.observability;

import dev.wharf.inbound.InboundEvent;
import dev.wharf.outbound.OrderEvent;
import dev.wharf.outbound.PackageEvent;
import dev.wharf.outbound.PackageView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * wharf_orders_total, wharf_inbounds_total and wharf_packages_total by event, counted from the
 * modules' public events once their transaction has committed: a rolled-back change is not
 * counted, and a listener that only increments a counter can neither slow nor break the
 * publisher's transaction. Every event is registered at start, so a rate() sees its zero.
 */
@Component
class BusinessMetrics {

    private final Map<Class<?>, Counter> orders = new ConcurrentHashMap<>();
    private final Map<Class<?>, Counter> inbounds = new ConcurrentHashMap<>();
    private final Map<PackageView.Status, Counter> packages = new ConcurrentHashMap<>();

    BusinessMetrics(MeterRegistry registry) {
        for (var type : OrderEvent.class.getPermittedSubclasses()) {
            orders.put(type, counter(registry, "wharf.orders", "orders by the transition they went through",
                    eventName(type, "Order")));
        }
        for (var type : InboundEvent.class.getPermittedSubclasses()) {
            inbounds.put(type, counter(registry, "wharf.inbounds", "inbound shipments by the transition they went through",
                    eventName(type, "Inbound")));
        }
        Arrays.stream(PackageView.Status.values()).forEach(status -> packages.put(status, counter(registry,
                "wharf.packages", "packages by the status they reached", status.name().toLowerCase(Locale.ROOT))));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderEvent event) {
        increment(orders.get(event.getClass()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(InboundEvent event) {
        increment(inbounds.get(event.getClass()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PackageEvent event) {
        increment(packages.get(event.to()));
    }

    private static void increment(Counter counter) {
        if (counter != null) {
            counter.increment();
        }
    }

    private static Counter counter(MeterRegistry registry, String name, String description, String event) {
        return Counter.builder(name).description(description).tag("event", event).register(registry);
    }

    /** OrderHeldForStock → "held_for_stock": the event's own name, in the words of a metric label. */
    static String eventName(Class<?> type, String prefix) {
        var name = type.getSimpleName().substring(prefix.length());
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
