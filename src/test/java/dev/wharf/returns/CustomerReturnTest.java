package dev.wharf.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.WarehouseId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a return's life, without a database. */
class CustomerReturnTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final ProductId PEN = new ProductId(7);
    private static final ProductId INK = new ProductId(8);

    private static CustomerReturn aReturn(ReturnStatus status, CustomerReturn.Item... items) {
        return new CustomerReturn(new ReturnId(1), new MerchantId(2), new WarehouseId(3), null, "RMA-1", "EXT-1", status, null,
                new ReturnLabel("Wharf Post", "WHF0000000017", null, null), List.of(items), NOW, null, null, null);
    }

    private static CustomerReturn.Item line(long id, ProductId product, int expected, int inspected) {
        var done = new ArrayList<CustomerReturn.Inspection>();
        for (int i = 0; i < inspected; i++) {
            done.add(new CustomerReturn.Inspection(UnitCondition.NEW, UnitCondition.NEW, Disposition.RESTOCK, NOW, "op"));
        }
        return new CustomerReturn.Item(id, "D" + product.value(), IdentifierType.LOGISTICS_SKU, product, expected, done);
    }

    @Test
    void a_parcel_received_without_a_shipping_scan_passes_through_shipped() {
        assertThat(aReturn(ReturnStatus.CREATED).receipt())
                .containsExactly(ReturnStatus.SHIPPED, ReturnStatus.RECEIVED_FOR_PROCESSING);
        assertThat(aReturn(ReturnStatus.SHIPPED).receipt()).containsExactly(ReturnStatus.RECEIVED_FOR_PROCESSING);
    }

    @Test
    void a_return_is_received_once_and_never_after_cancelling() {
        for (var status : List.of(ReturnStatus.RECEIVED_FOR_PROCESSING, ReturnStatus.PROCESSED, ReturnStatus.CANCELLED)) {
            assertThatThrownBy(() -> aReturn(status).receipt()).as(status.name()).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("return 1");
        }
    }

    @Test
    void cancelling_is_allowed_until_the_warehouse_has_the_parcel_and_repeating_it_changes_nothing() {
        assertThat(aReturn(ReturnStatus.CREATED).cancellation()).isTrue();
        assertThat(aReturn(ReturnStatus.SHIPPED).cancellation()).isTrue();
        assertThat(aReturn(ReturnStatus.CANCELLED).cancellation()).isFalse();
        assertThatThrownBy(() -> aReturn(ReturnStatus.RECEIVED_FOR_PROCESSING).cancellation()).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("can no longer be cancelled");
        assertThatThrownBy(() -> aReturn(ReturnStatus.PROCESSED).cancellation()).isInstanceOf(RuleViolation.class);
    }

    @Test
    void an_inspected_unit_counts_against_the_first_line_of_its_product_with_units_left() {
        var r = aReturn(ReturnStatus.RECEIVED_FOR_PROCESSING, line(10, PEN, 1, 1), line(11, PEN, 2, 0), line(12, INK, 1, 0));
        assertThat(r.lineFor(PEN).id()).isEqualTo(11);
        assertThat(r.lineFor(INK).id()).isEqualTo(12);
        assertThat(r.uninspected()).isEqualTo(3);
    }

    @Test
    void a_unit_beyond_what_was_announced_or_of_another_product_is_refused() {
        var r = aReturn(ReturnStatus.RECEIVED_FOR_PROCESSING, line(10, PEN, 1, 1));
        assertThatThrownBy(() -> r.lineFor(PEN)).isInstanceOf(RuleViolation.class).hasMessageContaining("already inspected");
        assertThatThrownBy(() -> r.lineFor(INK)).isInstanceOf(InvalidInput.class).hasMessageContaining("product");
        assertThat(r.uninspected()).isZero();
    }

    @Test
    void only_a_received_return_is_inspected_or_closed() {
        for (var status : List.of(ReturnStatus.CREATED, ReturnStatus.SHIPPED, ReturnStatus.PROCESSED, ReturnStatus.CANCELLED)) {
            var r = aReturn(status, line(10, PEN, 1, 0));
            assertThatThrownBy(() -> r.lineFor(PEN)).as(status.name()).isInstanceOf(RuleViolation.class);
            assertThatThrownBy(r::requireClosable).as(status.name()).isInstanceOf(RuleViolation.class);
        }
        aReturn(ReturnStatus.RECEIVED_FOR_PROCESSING, line(10, PEN, 1, 0)).requireClosable();
    }

    @Test
    void the_label_is_tracked_as_delivered_once_the_warehouse_has_the_parcel() {
        assertThat(ReturnStatus.CREATED.trackingStatus()).isEqualTo(ReturnStatus.TrackingStatus.CREATED);
        assertThat(ReturnStatus.SHIPPED.trackingStatus()).isEqualTo(ReturnStatus.TrackingStatus.SHIPPED);
        assertThat(ReturnStatus.RECEIVED_FOR_PROCESSING.trackingStatus()).isEqualTo(ReturnStatus.TrackingStatus.DELIVERED);
        assertThat(ReturnStatus.PROCESSED.trackingStatus()).isEqualTo(ReturnStatus.TrackingStatus.DELIVERED);
        assertThat(ReturnStatus.CANCELLED.trackingStatus()).isEqualTo(ReturnStatus.TrackingStatus.CANCELLED);
    }

    @Test
    void every_status_has_its_own_event_record() {
        var id = new ReturnId(1);
        var merchant = new MerchantId(2);
        for (var to : ReturnStatus.values()) {
            var event = ReturnEvent.of(id, merchant, to == ReturnStatus.CREATED ? null : ReturnStatus.CREATED, to, "op");
            assertThat(event.to()).isEqualTo(to);
            assertThat(event.returnId()).isEqualTo(id);
        }
        assertThat(ReturnEvent.of(id, merchant, ReturnStatus.SHIPPED, ReturnStatus.RECEIVED_FOR_PROCESSING, "op"))
                .isInstanceOf(ReturnReceived.class).extracting(ReturnEvent::from).isEqualTo(ReturnStatus.SHIPPED);
    }
}
