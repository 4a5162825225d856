package dev.wharf.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.support.StatementCounting;
import dev.wharf.support.WharfIntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * Every list of the ShipAPI, the operations API and the admin API reads a page with the same
 * statements whether it holds one row or many: no statement per row (section codes, products,
 * barcodes are read for the whole page at once).
 */
@Import(StatementCounting.class)
class ListStatementsTest extends WharfIntegrationTest {

    private static final int MANY = 4;

    private int statements(String path, String authorization, int expectedRows) {
        return checked(StatementCounting.get(http, path, authorization), expectedRows);
    }

    private int statementsOfPost(String path, String authorization, Object body, int expectedRows) {
        return checked(StatementCounting.post(http, path, authorization, body), expectedRows);
    }

    private static int checked(StatementCounting.Counted counted, int expectedRows) {
        assertThat(counted.answer().status()).as(counted.answer().body()).isEqualTo(200);
        if (expectedRows >= 0) {
            assertThat(counted.answer().json().size()).as(counted.answer().body()).isEqualTo(expectedRows);
        }
        assertThat(counted.statements()).as("statements are counted at all").isPositive();
        return counted.statements();
    }

    /** A reseller with one user in a warehouse of its own. */
    private record Reseller(String key, long warehouse, String warehouseCode, long user) {
    }

    private Reseller reseller() {
        var warehouse = newWarehouse("GBP");
        var key = newShipApiKey();
        return new Reseller(key, warehouse.id(), warehouse.code(), createUser(key, warehouse.id()));
    }

    private long product(Reseller r, String barcode) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", null);
        body.put("warehouseId", r.warehouse());
        body.put("userId", r.user());
        body.put("title", "Pencils");
        body.put("SKU", unique("SKU-"));
        body.put("barcode", barcode);
        body.put("weight", 1.2);
        body.put("weightUnit", "kg");
        body.put("isActive", true);
        var answer = http.post("/shipapi/product/addUpdate", r.key(), body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.id("Id");
    }

    @Test
    void shipapi_lists_of_many_rows_run_as_many_statements_as_lists_of_one() {
        var one = reseller();
        var many = reseller();
        for (int i = 1; i < MANY; i++) {
            createUser(many.key(), many.warehouse());
        }
        assertThat(statements("/shipapi/user/list", many.key(), MANY)).isEqualTo(statements("/shipapi/user/list", one.key(), 1));

        long single = product(one, unique("BC"));
        stock(one.key(), one.user(), one.warehouse(), single, 2, "A-1");
        for (int i = 0; i < MANY; i++) {
            stock(many.key(), many.user(), many.warehouse(), product(many, unique("BC")), 2, "A-" + i);
        }
        assertThat(statements("/shipapi/product/list?userId=" + many.user(), many.key(), MANY))
                .isEqualTo(statements("/shipapi/product/list?userId=" + one.user(), one.key(), 1));
        var inventoryOfMany = Map.of("warehouseId", many.warehouse(), "userId", many.user());
        var inventoryOfOne = Map.of("warehouseId", one.warehouse(), "userId", one.user());
        assertThat(statementsOfPost("/shipapi/inventory/list", many.key(), inventoryOfMany, MANY))
                .isEqualTo(statementsOfPost("/shipapi/inventory/list", one.key(), inventoryOfOne, 1));

        createServiceItem(one.warehouse(), "Gift wrap", "1.50", "perproduct");
        for (int i = 0; i < MANY; i++) {
            createServiceItem(many.warehouse(), "Insert " + i, "0.20", "perpackage");
        }
        assertThat(statementsOfPost("/shipapi/servicePlanItems/list", many.key(), Map.of("warehouseId", many.warehouse()), MANY))
                .isEqualTo(statementsOfPost("/shipapi/servicePlanItems/list", one.key(), Map.of("warehouseId", one.warehouse()), 1));

        int before = statements("/shipapi/warehouse/list", one.key(), -1);
        for (int i = 0; i < MANY; i++) {
            newWarehouse("EUR");
        }
        assertThat(statements("/shipapi/warehouse/list", one.key(), -1)).isEqualTo(before);
    }

    @Test
    void operations_lists_of_many_rows_run_as_many_statements_as_lists_of_one() {
        var one = reseller();
        var many = reseller();
        var opOfOne = operatorOf(one.warehouseCode(), "supervisor");
        var opOfMany = operatorOf(many.warehouseCode(), "supervisor");
        var code = unique("BC");
        long single = product(one, code);
        stock(one.key(), one.user(), one.warehouse(), single, 2, "S-1");
        var shared = unique("BC");
        long spread = product(many, shared);
        for (int i = 0; i < MANY; i++) {
            stock(many.key(), many.user(), many.warehouse(), spread, 2, "S-" + i);
        }
        // A section holding many products, and a product lying in many sections.
        for (int i = 1; i < MANY; i++) {
            stock(many.key(), many.user(), many.warehouse(), product(many, shared), 1, "S-0");
        }
        assertThat(statements("/ops/api/stock?section=S-0", opOfMany, MANY))
                .isEqualTo(statements("/ops/api/stock?section=S-1", opOfOne, 1));
        assertThat(statements("/ops/api/stock?productId=" + spread, opOfMany, MANY))
                .isEqualTo(statements("/ops/api/stock?productId=" + single, opOfOne, 1));
        assertThat(statements("/ops/api/products?barcode=" + shared, opOfMany, MANY))
                .isEqualTo(statements("/ops/api/products?barcode=" + code, opOfOne, 1));

        // Inbounds: the list reads the page whole, not one inbound at a time.
        for (int i = 0; i < MANY; i++) {
            assertThat(announceInbound(many.key(), many.user(), many.warehouse(), spread, 1).status()).isEqualTo(200);
        }
        assertThat(announceInbound(one.key(), one.user(), one.warehouse(), single, 1).status()).isEqualTo(200);
        var manyInbounds = StatementCounting.get(http, "/ops/api/inbounds?status=NEW", opOfMany);
        assertThat(manyInbounds.answer().json().size()).as(manyInbounds.answer().body()).isEqualTo(MANY);
        assertThat(checked(manyInbounds, MANY)).isEqualTo(statements("/ops/api/inbounds?status=NEW", opOfOne, 1));
    }

    @Test
    void admin_lists_of_many_rows_run_as_many_statements_as_lists_of_one() {
        var one = newWarehouse("GBP");
        var many = newWarehouse("GBP");
        addRate(one.id(), "Royal Mail", "24", "0", "1", "3.00");
        for (int i = 0; i < MANY; i++) {
            addRate(many.id(), "Royal Mail", "24", Integer.toString(i), Integer.toString(i + 1), "3.00");
        }
        assertThat(statements("/admin/api/warehouses/" + many.id() + "/shipping-rates", ADMIN, MANY))
                .isEqualTo(statements("/admin/api/warehouses/" + one.id() + "/shipping-rates", ADMIN, 1));

        for (int i = 0; i < MANY; i++) {
            operatorOf(many.code(), "operator");
            newShipApiKey();
        }
        for (var list : new String[] {"/admin/api/warehouses", "/admin/api/accounts", "/admin/api/operators"}) {
            int before = statements(list + "?limit=1", ADMIN, 1);
            assertThat(statements(list + "?limit=" + MANY, ADMIN, MANY)).as(list).isEqualTo(before);
        }
    }
}
