package dev.wharf.api.deliverr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /product/{sku} answers every canonical field of the contract, as posted, and nothing else. */
class DeliverrProductAnswerTest extends DeliverrFixture {

    @BeforeEach
    void setUp() {
        anIntegration();
    }

    @Test
    void the_product_answer_has_every_canonical_field_with_the_posted_values_including_caseQty() {
        var sku = unique("HELLOKITTY");
        var body = productJson(sku, unique("BC")).replace("\"caseQty\":0", "\"caseQty\":12");
        assertThat(http.post("/deliverr/product", basic, body).status()).isEqualTo(201);

        var answer = http.get("/deliverr/product/" + sku, basic);

        assertThat(answer.status()).isEqualTo(200);
        var keys = new ArrayList<String>();
        answer.json().properties().forEach(e -> keys.add(e.getKey()));
        assertThat(keys).containsExactly("sku", "name", "description", "costInUSD", "weight", "length", "width", "height",
                "caseQty", "weightUnit", "lengthUnit", "hsTariffCode", "countryOfOrigin", "barcodes");
        var json = answer.json();
        assertThat(json.path("caseQty").isIntegralNumber()).isTrue();
        assertThat(json.path("caseQty").asInt()).isEqualTo(12);
        assertThat(json.path("costInUSD").decimalValue()).isEqualByComparingTo("13");
        assertThat(json.path("weight").toString()).isEqualTo("5.2");
        assertThat(json.path("length").toString()).isEqualTo("3");
        assertThat(json.path("description").asString()).isEqualTo("Hello Kitty plush");
        assertThat(json.path("countryOfOrigin").asString()).isEqualTo("US");
    }

    @Test
    void a_product_put_later_answers_the_caseQty_of_the_last_body() {
        var sku = unique("HELLOKITTY");
        var body = productJson(sku, unique("BC"));
        assertThat(http.post("/deliverr/product", basic, body).status()).isEqualTo(201);
        assertThat(put("/deliverr/product", basic, body.replace("\"caseQty\":0", "\"caseQty\":6")).status()).isEqualTo(201);

        assertThat(http.get("/deliverr/product/" + sku, basic).json().path("caseQty").asInt()).isEqualTo(6);
    }

    @Test
    void a_product_sent_without_caseQty_answers_it_as_null() {
        var sku = unique("HELLOKITTY");
        assertThat(http.post("/deliverr/product", basic, productJson(sku, unique("BC")).replace("\"caseQty\":0,", "")).status())
                .isEqualTo(201);

        var json = http.get("/deliverr/product/" + sku, basic).json();
        assertThat(json.has("caseQty")).isTrue();
        assertThat(json.path("caseQty").isNull()).isTrue();
    }

    @Test
    void a_fractional_or_negative_caseQty_is_refused_naming_the_field_and_writes_nothing() {
        for (var bad : new String[] {"1.5", "-1", "\"six\""}) {
            var sku = unique("HELLOKITTY");
            var answer = http.post("/deliverr/product", basic, productJson(sku, unique("BC")).replace("\"caseQty\":0", "\"caseQty\":" + bad));
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.text("error")).isEqualTo("BAD_REQUEST");
            assertThat(answer.text("message")).startsWith("caseQty:");
            assertThat(http.get("/deliverr/product/" + sku, basic).status()).isEqualTo(404);
        }
    }
}
