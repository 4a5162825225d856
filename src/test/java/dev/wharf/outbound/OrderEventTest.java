package dev.wharf.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderEventTest {

    @Test
    void every_status_an_order_can_reach_has_an_event_of_its_own_type() {
        var order = new OrderId(5);
        var types = new java.util.HashSet<Class<?>>();
        for (var to : OrderStatus.values()) {
            var event = OrderEvent.of(order, OrderStatus.CREATED, to, "sam");
            assertThat(event.to()).as(to.name()).isEqualTo(to);
            assertThat(event.order()).isEqualTo(order);
            assertThat(event.from()).isEqualTo(OrderStatus.CREATED);
            types.add(event.getClass());
        }
        assertThat(types).hasSize(OrderStatus.values().length);
        assertThat(OrderEvent.of(order, OrderStatus.PACKED, OrderStatus.SHIPPED, "sam")).isInstanceOf(OrderShipped.class);
        assertThat(OrderEvent.of(order, OrderStatus.ALLOCATED, OrderStatus.CANCELLED, "sam")).isInstanceOf(OrderCancelled.class);
    }
}
