package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogisticsInventoryTest extends LogisticsFixture {

    private String stocked;
    private String empty;

    @BeforeEach
    void merchantWithStockOfOneProduct() {
        aMerchant();
        stocked = product(token);
        empty = product(token);
        inbound(stocked, 7);
    }

    @Test
    void all_inventory_is_a_bare_array_of_every_product_with_its_counts_a_page_at_a_time() {
        var placed = create(order(unique("EXT"), stocked, 2));
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);

        var all = http.get(API + "/products/inventory/all", token);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().isArray()).isTrue();
        assertThat(all.json().size()).isEqualTo(2);
        var first = all.json().get(0);
        assertThat(first.path("logisticsSku").asString()).isEqualTo(stocked);
        assertThat(first.path("onHand").asInt()).isEqualTo(7);
        assertThat(first.path("available").asInt()).isEqualTo(5);
        assertThat(first.path("unavailable").asInt()).isEqualTo(2);
        for (var optional : List.of("unitsPerPack", "lotTrackingDetails", "breakdown")) {
            assertThat(first.has(optional)).as(optional).isTrue();
        }
        var second = all.json().get(1);
        assertThat(second.path("logisticsSku").asString()).isEqualTo(empty);
        assertThat(second.path("onHand").asInt()).isZero();
        assertThat(second.path("available").asInt()).isZero();

        var page = http.get(API + "/products/inventory/all?limit=1&offset=1", token).json();
        assertThat(page.size()).isEqualTo(1);
        assertThat(page.get(0).path("logisticsSku").asString()).isEqualTo(empty);
        assertThat(http.get(API + "/products/inventory/all?limit=1&offset=2", token).json().size()).isZero();
    }

    @Test
    void the_default_pool_is_the_warehouse_and_the_pools_wharf_does_not_keep_are_empty() {
        var unallocated = http.get(API + "/products/inventory/all?poolName=UNALLOCATED", token).json();
        assertThat(unallocated.get(0).path("available").asInt()).isEqualTo(7);
        var storage = http.get(API + "/products/inventory/all?poolName=STORAGE", token).json();
        assertThat(storage.size()).isEqualTo(2);
        assertThat(storage.get(0).path("onHand").asInt()).isZero();
        var prep = http.post(API + "/products/warehouse?poolName=PREP", token, Map.of("logisticsSkus", List.of(stocked))).json();
        assertThat(prep.get(0).path("warehouseDetails").size()).isZero();
    }

    @Test
    void bad_paging_or_pool_is_refused_naming_the_parameter() {
        assertThat(http.get(API + "/products/inventory/all?limit=101", token).text("detail")).startsWith("limit:");
        assertThat(http.get(API + "/products/inventory/all?limit=0", token).status()).isEqualTo(400);
        assertThat(http.get(API + "/products/inventory/all?offset=-1", token).text("detail")).startsWith("offset:");
        var pool = http.get(API + "/products/inventory/all?poolName=SHELF", token);
        assertThat(pool.status()).isEqualTo(400);
        assertThat(pool.text("detail")).startsWith("poolName:");
        var post = http.post(API + "/products/warehouse?poolName=default", token, Map.of("logisticsSkus", List.of(stocked)));
        assertThat(post.status()).isEqualTo(400);
        assertThat(post.text("detail")).startsWith("poolName:");
        var none = http.post(API + "/products/warehouse", token, Map.of("logisticsSkus", List.of()));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.text("detail")).startsWith("logisticsSkus:");
    }

    @Test
    void availability_per_warehouse_answers_each_named_product_in_the_order_asked() {
        var answer = http.post(API + "/products/warehouse", token, Map.of("logisticsSkus", List.of(empty, stocked)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().size()).isEqualTo(2);
        assertThat(answer.json().get(0).path("logisticsSku").asString()).isEqualTo(empty);
        assertThat(answer.json().get(0).path("warehouseDetails").isArray()).isTrue();
        assertThat(answer.json().get(0).path("warehouseDetails").size()).isZero();
        var details = answer.json().get(1).path("warehouseDetails");
        assertThat(details.size()).isEqualTo(1);
        assertThat(details.get(0).path("warehouseId").asString()).isEqualTo(Long.toString(warehouse.id()));
        assertThat(details.get(0).path("available").asInt()).isEqualTo(7);
    }

    @Test
    void another_merchants_products_are_neither_listed_nor_told_apart_from_unknown_ones() {
        var other = merchantToken(warehouse.code());
        assertThat(http.get(API + "/products/inventory/all", other).json().size()).isZero();
        var foreign = http.post(API + "/products/warehouse", other, Map.of("logisticsSkus", List.of(stocked)));
        var unknown = http.post(API + "/products/warehouse", other, Map.of("logisticsSkus", List.of("DNOSUCHSKU0")));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(foreign.status());
        assertThat(foreign.text("detail")).isEqualTo("logisticsSkus[0]: no product with logisticsSku " + stocked);
        assertThat(unknown.text("detail")).isEqualTo("logisticsSkus[0]: no product with logisticsSku DNOSUCHSKU0");
        assertThat(foreign.text("type")).isEqualTo(unknown.text("type"));
    }
}
