package dev.wharf.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.shared.RuleViolation;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The order's state machine on its own: which transitions each status allows. */
class OrderTest {

    private static Order stockOrder(OrderStatus status) {
        return new Order(7, OrderType.STOCK, status);
    }

    private static Order nonStockOrder(OrderStatus status) {
        return new Order(8, OrderType.NONSTOCK, status);
    }

    @Test
    void a_stock_order_walks_the_happy_path_from_created_to_delivered() {
        var order = stockOrder(OrderStatus.CREATED);
        assertThat(order.allocated()).isEqualTo(OrderStatus.CREATED);
        assertThat(order.startPicking()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(order.packed()).isEqualTo(OrderStatus.PICKING);
        assertThat(order.shipped()).isEqualTo(OrderStatus.PACKED);
        assertThat(order.delivered()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void a_stock_order_can_be_cancelled_until_picking_starts_and_not_after() {
        for (var status : EnumSet.of(OrderStatus.CREATED, OrderStatus.ALLOCATED, OrderStatus.ERROR)) {
            var order = stockOrder(status);
            assertThat(order.cancellable()).as(status.name()).isTrue();
            assertThat(order.cancel()).isEqualTo(status);
            assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        }
        for (var status : EnumSet.of(OrderStatus.PICKING, OrderStatus.PACKED, OrderStatus.SHIPPED, OrderStatus.DELIVERED)) {
            var order = stockOrder(status);
            assertThat(order.cancellable()).as(status.name()).isFalse();
            assertThatThrownBy(order::cancel).isInstanceOf(RuleViolation.class).hasMessageContaining("cannot be cancelled");
            assertThat(order.status()).as("a refused cancel changes nothing").isEqualTo(status);
        }
    }

    @Test
    void cancelling_a_cancelled_order_again_is_harmless() {
        var order = stockOrder(OrderStatus.CANCELLED);
        assertThat(order.cancel()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void the_refusal_says_why_a_shipped_order_cannot_be_cancelled() {
        assertThatThrownBy(stockOrder(OrderStatus.SHIPPED)::cancel).hasMessageContaining("it has shipped");
        assertThatThrownBy(stockOrder(OrderStatus.PICKING)::cancel).hasMessageContaining("picking has started");
    }

    @Test
    void an_order_short_of_stock_waits_in_error_and_only_an_order_in_error_can_be_retried() {
        var order = stockOrder(OrderStatus.CREATED);
        assertThat(order.failedAllocation()).isEqualTo(OrderStatus.CREATED);
        order.requireRetriable();
        assertThat(order.allocated()).isEqualTo(OrderStatus.ERROR);
        assertThatThrownBy(order::requireRetriable).isInstanceOf(RuleViolation.class).hasMessageContaining("not in error");
    }

    @Test
    void a_non_stock_order_is_cancellable_only_while_its_goods_are_awaited() {
        var order = nonStockOrder(OrderStatus.CREATED);
        assertThat(order.awaitingGoods()).isEqualTo(OrderStatus.CREATED);
        assertThat(order.cancellable()).isTrue();
        order.allocated();
        assertThat(order.cancellable()).isFalse();
        assertThatThrownBy(order::cancel).isInstanceOf(RuleViolation.class);
    }

    @Test
    void steps_out_of_order_are_refused_and_leave_the_status_alone() {
        var created = stockOrder(OrderStatus.CREATED);
        assertThatThrownBy(created::startPicking).isInstanceOf(RuleViolation.class).hasMessageContaining("it is CREATED");
        assertThatThrownBy(created::shipped).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(created::delivered).isInstanceOf(RuleViolation.class);
        assertThat(created.status()).isEqualTo(OrderStatus.CREATED);
        assertThatThrownBy(stockOrder(OrderStatus.SHIPPED)::failedAllocation).isInstanceOf(RuleViolation.class);
    }

    @Test
    void a_picked_order_may_ship_without_packing_but_not_a_cancelled_one() {
        var picking = stockOrder(OrderStatus.PICKING);
        assertThat(picking.shipped()).isEqualTo(OrderStatus.PICKING);
        assertThatThrownBy(stockOrder(OrderStatus.CANCELLED)::shipped).isInstanceOf(RuleViolation.class);
    }

    @Test
    void a_label_can_be_replaced_until_the_parcel_has_left() {
        stockOrder(OrderStatus.PACKED).acceptLabel();
        for (var status : EnumSet.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.CANCELLED)) {
            assertThatThrownBy(stockOrder(status)::acceptLabel).as(status.name()).isInstanceOf(RuleViolation.class);
        }
    }
}
