package dev.wharf.labels;

import static dev.wharf.labels.LabelSamples.customer;
import static dev.wharf.labels.LabelSamples.linesOf;
import static dev.wharf.labels.LabelSamples.textOf;
import static dev.wharf.labels.LabelSamples.warehouse;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
                .contains("SHIP FROM", "Wharf Demo Warehouse", "SHIP TO", "Jane Doe", "Springfield, OR 97477")
                .contains("SKU-RED-M", "T-shirt, red, M", "SKU-MUG", "Enamel mug", "SKU-SOCKS", "Wool socks")
                .contains("Total units 6");
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
                .doesNotContain("null", "SHIP FROM", "Date");
    }

    private static PackingSlip slip(String orderNumber, List<PackingSlip.Line> lines) {
        return new PackingSlip(orderNumber, "Acme Goods", warehouse(), customer(), CREATED_AT, lines);
    }
}
