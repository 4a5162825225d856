package dev.wharf.api.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A tracking number the floor types at packing for a label bought elsewhere is the one the merchant sees. */
class LogisticsExternalLabelTest extends LogisticsFixture {

    @Test
    void the_tracking_number_of_an_externally_bought_label_reaches_the_order_and_its_package() {
        aMerchant();
        var sku = product(token);
        inbound(sku, 2);
        var created = create(order(unique("EXT"), sku, 1));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        var id = created.text("id");
        pickAll(id);
        var tracking = unique("1ZEXT");
        var packed = http.post("/ops/api/orders/" + id + "/pack", op, Map.of("packages", List.of(Map.of("weightKg", 0.5,
                "items", List.of(Map.of("barcode", sku, "quantity", 1)))), "carrier", "UPS", "service", "GROUND", "trackingNumber", tracking));
        assertThat(packed.status()).as(packed.body()).isEqualTo(200);

        var pkg = http.get(API + "/orders/" + id, token).json().path("shipments").get(0).path("packages").get(0);
        assertThat(pkg.path("trackingCode").asString()).isEqualTo(tracking);
        assertThat(pkg.path("carrier").asString()).isEqualTo("UPS");
        assertThat(pkg.path("shippingMethod").asString()).isEqualTo("UPS.GROUND");

        var shipped = http.post("/ops/api/orders/" + id + "/ship", op, Map.of("cost", 9.99));
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        var after = http.get(API + "/orders/" + id, token).json().path("shipments").get(0).path("packages").get(0);
        assertThat(after.path("trackingCode").asString()).isEqualTo(tracking);
    }
}
