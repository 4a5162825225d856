package dev.wharf.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The contract check itself: it must refuse what the published contracts refuse. */
class ContractSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_partner_status_outside_the_published_enum_is_refused() {
        var contract = ContractSchemas.load("deliverr-partner.yaml");
        assertThatCode(() -> contract.assertValid("ShipmentStatus",
                JSON.readTree("{\"deliverrShipmentId\":1,\"status\":\"PROCESSING\",\"shippedPackages\":[]}"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> contract.assertValid("ShipmentStatus",
                JSON.readTree("{\"deliverrShipmentId\":1,\"status\":\"SENT\",\"shippedPackages\":[]}"))).isInstanceOf(AssertionError.class);
    }

    @Test
    void a_missing_required_field_or_an_unknown_one_is_refused() {
        var contract = ContractSchemas.load("deliverr-partner.yaml");
        assertThatThrownBy(() -> contract.assertValid("Inventory", JSON.readTree("{\"sku\":\"A\",\"warehouse\":\"W\"}")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> contract.assertValid("Inventory",
                JSON.readTree("{\"sku\":\"A\",\"warehouse\":\"W\",\"inventoryOnHand\":1,\"extra\":1}"))).isInstanceOf(AssertionError.class);
    }

    @Test
    void a_shipapi_status_outside_the_published_list_and_an_error_without_its_text_are_refused() {
        var contract = ContractSchemas.load("shipapi.yaml");
        assertThatThrownBy(() -> contract.assertValid("ShipmentStatus", JSON.readTree("{\"IsSuccess\":true,\"Id\":1,"
                + "\"ShipmentNumber\":\"#PF 1\",\"Status\":\"Shipped\",\"CarrierName\":null,\"CarrierServiceType\":null,\"TrackNumber\":null}")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> contract.assertValid("Error", JSON.readTree("{\"IsSuccess\":false,\"Id\":null,\"Error\":null}")))
                .isInstanceOf(AssertionError.class);
    }
}
