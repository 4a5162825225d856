package dev.wharf.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.shared.InvalidInput;
import dev.wharf.warehouse.WarehouseId;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboundDestinationTest {

    private static final WarehouseId LEEDS = new WarehouseId(1);
    private static final WarehouseId YORK = new WarehouseId(2);

    @Test
    void the_warehouse_named_wins_over_the_merchants_home() {
        assertThat(InboundDestination.choose("warehouseId", YORK, LEEDS, List.of(LEEDS, YORK))).isEqualTo(YORK);
    }

    @Test
    void without_a_name_the_goods_go_to_the_merchants_home_warehouse() {
        assertThat(InboundDestination.choose("warehouseId", null, YORK, List.of(LEEDS, YORK))).isEqualTo(YORK);
    }

    @Test
    void without_a_name_or_a_home_the_only_warehouse_takes_them() {
        assertThat(InboundDestination.choose("warehouseId", null, null, List.of(LEEDS))).isEqualTo(LEEDS);
    }

    @Test
    void with_several_warehouses_and_no_home_the_sender_must_name_one() {
        assertThatThrownBy(() -> InboundDestination.choose("warehouseId", null, null, List.of(LEEDS, YORK)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("2 warehouses").extracting("field").isEqualTo("warehouseId");
    }
}
