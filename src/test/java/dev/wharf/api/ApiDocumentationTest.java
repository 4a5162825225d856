package dev.wharf.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.WharfIntegrationTest;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class ApiDocumentationTest extends WharfIntegrationTest {

    @Test
    void the_shipapi_group_documents_all_seventeen_operations_on_their_sixteen_endpoints() {
        var docs = http.get("/v3/api-docs/shipapi", null);
        assertThat(docs.status()).isEqualTo(200);
        var operations = new ArrayList<String>();
        docs.json().path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> operations.add(method.getKey().toUpperCase() + " " + path.getKey())));
        assertThat(operations).containsExactlyInAnyOrder(
                "GET /shipapi/warehouse/list", "POST /shipapi/servicePlanItems/list",
                "POST /shipapi/user/addUpdate", "GET /shipapi/user/list", "GET /shipapi/user/get",
                "POST /shipapi/product/addUpdate", "GET /shipapi/product/list", "GET /shipapi/product/get",
                "POST /shipapi/fbm/addUpdate", "GET /shipapi/fbm/cancel/{fbmId}", "POST /shipapi/inventory/list",
                "POST /shipapi/shipment/add", "POST /shipapi/shipment/update", "GET /shipapi/shipment/cancel/{shipmentId}",
                "POST /shipapi/shipment/get", "GET /shipapi/shipment/getStatus/{shipmentId}");
        assertThat(docs.body()).contains("\"IsSuccess\"").contains("\"ShipmentNumber\"").contains("\"PriceDetails\"");
    }

    @Test
    void the_admin_group_is_documented_and_the_swagger_ui_is_served() {
        var admin = http.get("/v3/api-docs/admin", null);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().path("paths").has("/admin/api/accounts")).isTrue();
        assertThat(http.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void the_operations_group_documents_the_floor_work() {
        var ops = http.get("/v3/api-docs/ops", null);
        assertThat(ops.status()).isEqualTo(200);
        var paths = ops.json().path("paths");
        for (var path : new String[] {"/ops/api/login", "/ops/api/inbounds/{id}/receipts", "/ops/api/putaway", "/ops/api/adjustments",
                "/ops/api/cycle-counts", "/ops/api/pick-lists", "/ops/api/orders/{id}/pack", "/ops/api/packages/{id}/label.pdf",
                "/ops/api/orders/{id}/ship", "/ops/api/returns"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    @Test
    void the_partner_group_documents_its_ten_endpoints() {
        var docs = http.get("/v3/api-docs/deliverr", null);
        assertThat(docs.status()).isEqualTo(200);
        var operations = new ArrayList<String>();
        docs.json().path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> operations.add(method.getKey().toUpperCase() + " " + path.getKey())));
        assertThat(operations).containsExactlyInAnyOrder("POST /deliverr/product", "PUT /deliverr/product",
                "GET /deliverr/product/{sku}", "POST /deliverr/asn", "GET /deliverr/asn/{deliverrAsnId}", "GET /deliverr/inventory",
                "GET /deliverr/inventory/movements", "POST /deliverr/shipment", "GET /deliverr/shipment/{deliverrShipmentId}",
                "DELETE /deliverr/shipment/{deliverrShipmentId}");
    }

    @Test
    void health_answers_200_when_ready() {
        var health = http.get("/actuator/health/readiness", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
    }
}
