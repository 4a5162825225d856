package dev.wharf.labels;

import static dev.wharf.labels.LabelSamples.customer;
import static dev.wharf.labels.LabelSamples.linesOf;
import static dev.wharf.labels.LabelSamples.textOf;
import static dev.wharf.labels.LabelSamples.warehouse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.wharf.support.LabelReader;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PackingSlipGeneratorTest {

    private static final Instant CREATED_AT = Instant.parse("2026-03-14T23:30:00Z");

    private final PackingSlipGenerator generator = new PackingSlipGenerator();

    @Test
    void the_slip_shows_the_order_merchant_date_addresses_and_every_line() throws IOException {
        var lines = List.of(
                new PackingSlip.Line("SKU-RED-M", "T-shirt, red, M", 2),
                new PackingSlip.Line("SKU-MUG", "Enamel mug", 1),
                new PackingSlip.Line("SKU-SOCKS", "Wool socks", 3));

        var text = textOf(generator.render(slip("ORD-1001", lines)));

        assertThat(text).contains("Packing slip", "ORD-1001", "Acme Goods", "2026-03-14")
                .contains("RETURN ADDRESS", "Wharf Demo Warehouse", "SHIP TO", "Jane Doe", "Springfield, OR 97477")
                .contains("SKU-RED-M", "T-shirt, red, M", "SKU-MUG", "Enamel mug", "SKU-SOCKS", "Wool socks")
                .contains("Total units 6");
    }

    @Test
    void the_warehouse_is_printed_as_the_return_address() throws IOException {
        var lines = linesOf(textOf(generator.render(slip("ORD-1001", List.of()))));

        assertThat(lines).containsSubsequence("RETURN ADDRESS", "Wharf Demo Warehouse", "Wharf Fulfilment B.V.",
                "Dockweg 1", "Hall 4", "Rotterdam, 3011 AA", "NL", "Tel. +31 10 000 0000");
    }

    @ParameterizedTest
    @CsvSource({"GB, 595.28, 841.89", "NL, 595.28, 841.89", "de, 595.28, 841.89", "US, 612, 792", "ca , 612, 792"})
    void the_slip_is_a4_outside_the_us_and_canada_and_us_letter_inside(String country, float width, float height)
            throws IOException {
        var pdf = generator.render(slip("ORD-1001", List.of(), warehouseIn(country)));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getPages()).allSatisfy(page -> {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(width, within(0.01f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(height, within(0.01f));
            });
        }
    }

    @Test
    void a_slip_whose_warehouse_country_is_unknown_is_a4() {
        var pdf = generator.render(new PackingSlip("ORD-1001", "Acme Goods", null, customer(), CREATED_AT, List.of()));

        assertThat(LabelReader.pageSize(pdf)).containsExactly(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10001", "ORD-1001", "#SO-2026-000123"})
    void the_order_number_is_printed_as_a_code_128_barcode_that_scans_back_exactly(String orderNumber) {
        var pdf = generator.render(slip(orderNumber, List.of(new PackingSlip.Line("SKU-1", "Thing", 1))));

        assertThat(LabelReader.barcode(pdf)).isEqualTo(orderNumber);
    }

    @Test
    void an_order_number_code_128_cannot_carry_is_printed_as_text_without_a_barcode() throws IOException {
        var pdf = generator.render(slip("Zamówienie-7", List.of(new PackingSlip.Line("SKU-1", "Thing", 1))));

        assertThat(textOf(pdf)).contains("Order Zamówienie-7");
        assertThatThrownBy(() -> LabelReader.barcode(pdf)).isInstanceOf(AssertionError.class);
    }

    @Test
    void a_slip_with_120_lines_continues_on_further_pages_without_losing_a_line() throws IOException {
        var lines = IntStream.rangeClosed(1, 120)
                .mapToObj(n -> new PackingSlip.Line("SKU-%03d".formatted(n), "Item number " + n, 1))
                .toList();

        var pdf = generator.render(slip("ORD-2002", lines));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        var text = textOf(pdf);
        assertThat(lines).allSatisfy(line -> assertThat(text).contains(line.sku()));
        assertThat(text).contains("Total units 120", "(continued)", "page 1 of ");
    }

    @Test
    void a_slip_with_a_few_lines_is_one_page() throws IOException {
        var pdf = generator.render(slip("ORD-3003", List.of(new PackingSlip.Line("SKU-1", "Thing", 1))));

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(textOf(pdf)).contains("page 1 of 1");
    }

    @ParameterizedTest
    @MethodSource("dev.wharf.labels.LabelSamples#international")
    void names_and_streets_in_any_european_script_print_exactly_as_typed(LabelAddress recipient) throws IOException {
        var slip = new PackingSlip("ORD-1001", recipient.name(), warehouse(), recipient, CREATED_AT,
                List.of(new PackingSlip.Line("SKU-1", recipient.line1(), 1)));

        var lines = linesOf(textOf(generator.render(slip)));

        assertThat(lines).contains(recipient.name(), recipient.line1())
                .anySatisfy(line -> assertThat(line).isEqualTo("SKU-1 " + recipient.line1() + " 1"));
    }

    @Test
    void unusual_characters_and_absent_fields_do_not_fail_the_slip() throws IOException {
        var turkish = new LabelAddress("İstanbul Şişli 東京", null, null, null, "İstanbul", null, null, "TR", null);
        var slip = new PackingSlip(null, "Şişli Ticaret", null, turkish, null,
                List.of(new PackingSlip.Line("東京-1", null, 4)));

        var text = textOf(generator.render(slip));

        assertThat(text).contains("İstanbul Şişli ??", "Şişli Ticaret", "??-1", "Total units 4")
                .doesNotContain("null", "RETURN ADDRESS", "Date");
    }

    private static PackingSlip slip(String orderNumber, List<PackingSlip.Line> lines) {
        return slip(orderNumber, lines, warehouse());
    }

    private static PackingSlip slip(String orderNumber, List<PackingSlip.Line> lines, LabelAddress warehouse) {
        return new PackingSlip(orderNumber, "Acme Goods", warehouse, customer(), CREATED_AT, lines);
    }

    private static LabelAddress warehouseIn(String countryCode) {
        var w = warehouse();
        return new LabelAddress(w.name(), w.company(), w.line1(), w.line2(), w.city(), w.state(), w.postal(),
                countryCode, w.phone());
    }
}
