package dev.wharf.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.shared.InvalidInput;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShippingPathTest {

    private static final ShippingOrder.Handover UPS = new ShippingOrder.Handover("UPS", "GROUND", "1Z999AA10123456784", BigDecimal.ONE);

    @Test
    void a_packed_order_ships_by_its_own_labelled_packages_whatever_is_handed_over() {
        assertThat(ShippingPath.of(OrderStatus.PACKED, null)).isEqualTo(ShippingPath.PACKED_HERE);
        assertThat(ShippingPath.of(OrderStatus.PACKED, UPS)).isEqualTo(ShippingPath.PACKED_HERE);
    }

    @Test
    void an_order_not_packed_here_ships_by_the_carrier_details_handed_over() {
        assertThat(ShippingPath.of(OrderStatus.PICKING, UPS)).isEqualTo(ShippingPath.LABELLED_OUTSIDE);
        assertThat(ShippingPath.of(OrderStatus.ALLOCATED, UPS)).isEqualTo(ShippingPath.LABELLED_OUTSIDE);
    }

    @Test
    void an_order_not_packed_here_without_a_tracking_number_is_refused_naming_the_field() {
        var noTracking = new ShippingOrder.Handover("UPS", "GROUND", null, BigDecimal.ONE);
        for (var handover : new ShippingOrder.Handover[] {null, noTracking}) {
            assertThatThrownBy(() -> ShippingPath.of(OrderStatus.PICKING, handover)).isInstanceOf(InvalidInput.class)
                    .extracting(e -> ((InvalidInput) e).field()).isEqualTo("trackingNumber");
        }
    }
}
