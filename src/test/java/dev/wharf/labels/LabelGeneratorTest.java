package dev.wharf.labels;

import static dev.wharf.labels.LabelSamples.TRACKING_NUMBER;
import static dev.wharf.labels.LabelSamples.customer;
import static dev.wharf.labels.LabelSamples.linesOf;
import static dev.wharf.labels.LabelSamples.request;
import static dev.wharf.labels.LabelSamples.shippingTo;
import static dev.wharf.labels.LabelSamples.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelGeneratorTest {

    private final LabelGenerator generator = new LabelGenerator();

    @Test
    void the_label_pdf_is_one_4x6_inch_page() throws IOException {
        var pdf = generator.render(request(TRACKING_NUMBER)).pdf();

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var mediaBox = document.getPage(0).getMediaBox();
            assertThat(mediaBox.getWidth()).isCloseTo(288f, within(0.01f));
            assertThat(mediaBox.getHeight()).isCloseTo(432f, within(0.01f));
        }
    }

    @Test
    void the_label_shows_recipient_sender_carrier_weight_package_reference_and_tracking_number() throws IOException {
        var text = textOf(generator.render(request(TRACKING_NUMBER)).pdf());

        assertThat(text).contains("SHIP TO", "Jane Doe", "742 Evergreen Terrace", "Springfield, OR 97477")
                .contains("FROM", "Wharf Demo Warehouse", "Dockweg 1", "Rotterdam, 3011 AA")
                .contains("UPS Ground", "1.25 kg", "Package 1 of 2", "ORD-1001", TRACKING_NUMBER);
    }

    @ParameterizedTest
    @MethodSource("dev.wharf.labels.LabelSamples#international")
    void names_and_streets_in_any_european_script_print_exactly_as_typed(LabelAddress recipient) throws IOException {
        var label = generator.render(shippingTo(recipient));

        assertThat(linesOf(textOf(label.pdf()))).contains(recipient.name(), recipient.line1());
    }

    @Test
    void only_the_characters_the_label_font_lacks_are_replaced_instead_of_failing_the_label() throws IOException {
        var mixed = new LabelAddress("Łukasz 東京", null, "Żółta 5 📦", null, null, null, null, "PL", null);

        var label = generator.render(shippingTo(mixed));

        assertThat(linesOf(textOf(label.pdf()))).contains("Łukasz ??", "Żółta 5 ?");
    }

    @Test
    void the_label_embeds_only_a_subset_of_the_unicode_font() throws IOException {
        var pdf = generator.render(request(TRACKING_NUMBER)).pdf();

        try (var document = Loader.loadPDF(pdf)) {
            var fonts = document.getPage(0).getResources().getFontNames();
            for (var name : fonts) {
                var font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                // A subset's name carries a six-letter tag, e.g. "ABCDEF+DejaVuSans".
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
            }
            assertThat(fonts).hasSize(2);
        }
        // The whole of DejaVu Sans is 740 KB; the glyphs one label uses are a small fraction of it.
        assertThat(pdf.length).isLessThan(60_000);
    }

    @Test
    void characters_of_windows_latin_1_are_kept_as_they_are() throws IOException {
        var german = new LabelAddress("Jürgen Müßig", null, "Straße 1 – Hof", null, "Köln", null, "50667", "DE", null);

        var text = textOf(generator.render(shippingTo(german)).pdf());

        assertThat(text).contains("Jürgen Müßig", "Straße 1 – Hof", "Köln, 50667");
    }

    @Test
    void absent_fields_are_left_off_the_label() throws IOException {
        var nameOnly = new LabelAddress("Jane Doe", null, null, null, null, null, null, null, null);
        var sparse = new LabelRequest(TRACKING_NUMBER, null, null, null, nameOnly, null, null, 0, 0);

        var text = textOf(generator.render(sparse).pdf());

        assertThat(text).contains("Jane Doe", TRACKING_NUMBER)
                .doesNotContain("FROM", "REFERENCE", "kg", "Package", "null");
    }

    @Test
    void long_lines_are_cut_to_stay_inside_the_label() throws IOException {
        var longCompany = "Northwestern Consolidated Hardware and Garden Supplies Cooperative Incorporated";
        var wordy = new LabelAddress("Jane Doe", longCompany, "742 Evergreen Terrace", null, "Springfield", "OR",
                "97477", "US", null);

        var pdf = generator.render(shippingTo(wordy)).pdf();

        assertThat(textOf(pdf)).contains("Northwestern Consolidated", "…").doesNotContain(longCompany);
        // A hundredth of a point allows for float rounding in the text positions PDFBox reports.
        assertThat(rightmostTextEdge(pdf)).isLessThanOrEqualTo(288f - 12f + 0.01f);
    }

    @Test
    void a_label_without_a_tracking_number_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> generator.render(request(" ")))
                .withMessageContaining("trackingNumber");
        assertThatIllegalArgumentException().isThrownBy(() -> generator.render(request(null)));
    }

    @Test
    void a_tracking_number_no_barcode_can_carry_unchanged_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> generator.render(request("WHF東京")));
        assertThatIllegalArgumentException().isThrownBy(() -> generator.render(request("WHF^XZ")));
    }

    @Test
    void the_zpl_label_is_rendered_alongside_the_pdf() {
        var label = generator.render(request(TRACKING_NUMBER));

        assertThat(label.zpl()).startsWith("^XA").endsWith("^XZ").contains("^FD" + customer().name() + "^FS");
    }

    private static float rightmostTextEdge(byte[] pdf) throws IOException {
        var edge = new float[1];
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (var position : positions) {
                    edge[0] = Math.max(edge[0], position.getXDirAdj() + position.getWidthDirAdj());
                }
            }
        };
        try (var document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return edge[0];
    }
}
