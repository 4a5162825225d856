package dev.wharf.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Metric labels come from a small fixed vocabulary: safe for Prometheus, readable on a dashboard. */
class MetricLabelsTest {

    @Test
    void dialects_are_told_by_mount_and_nothing_else_is_one() {
        assertThat(Dialects.of("/shipapi/shipment/add")).isEqualTo("shipapi");
        assertThat(Dialects.of("/logistics/api/2024-04/orders")).isEqualTo("logistics");
        assertThat(Dialects.of("/deliverr/orders")).isEqualTo("deliverr");
        assertThat(Dialects.of("/ops/api/login")).isEqualTo("ops");
        assertThat(Dialects.of("/admin/api")).isEqualTo("admin");
        assertThat(Dialects.of("/shipapix/user")).isEqualTo("other");
        assertThat(Dialects.of("/actuator/prometheus")).isEqualTo("other");
    }

    @Test
    void event_names_are_the_events_own_in_snake_case() {
        assertThat(BusinessMetrics.eventName(dev.wharf.outbound.OrderHeldForStock.class, "Order")).isEqualTo("held_for_stock");
        assertThat(BusinessMetrics.eventName(dev.wharf.inbound.InboundReceived.class, "Inbound")).isEqualTo("received");
    }
}
