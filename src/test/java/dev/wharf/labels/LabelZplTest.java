package dev.wharf.labels;

import static dev.wharf.labels.LabelSamples.TRACKING_NUMBER;
import static dev.wharf.labels.LabelSamples.request;
import static dev.wharf.labels.LabelSamples.shippingTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelZplTest {

    private final LabelGenerator generator = new LabelGenerator();

    @Test
    void the_zpl_is_one_complete_4x6_inch_label_at_203_dpi() {
        var zpl = generator.render(request(TRACKING_NUMBER)).zpl();

        assertThat(zpl).startsWith("^XA").endsWith("^XZ").contains("^PW812^LL1218");
        assertThat(occurrences(zpl, "^XA")).isEqualTo(1);
        assertThat(occurrences(zpl, "^XZ")).isEqualTo(1);
    }

    @Test
    void the_zpl_barcode_is_code_128_of_the_tracking_number() {
        var zpl = generator.render(request("1Z999AA10123456784")).zpl();

        assertThat(zpl).contains("^BY3^BCN,160,Y,N,N^FD1Z999AA10123456784^FS");
    }

    @Test
    void a_tracking_number_too_long_for_three_dot_modules_gets_narrower_ones_rather_than_running_off_the_label() {
        var zpl = generator.render(request("9400100000000000000000")).zpl();

        assertThat(zpl).contains("^BY2^BCN,160,Y,N,N^FD9400100000000000000000^FS");
    }

    @Test
    void the_zpl_has_text_fields_for_sender_recipient_service_weight_and_reference() {
        var zpl = generator.render(request(TRACKING_NUMBER)).zpl();

        assertThat(zpl).contains("^FDFROM^FS", "^FDWharf Demo Warehouse^FS", "^FDDockweg 1^FS")
                .contains("^FDSHIP TO^FS", "^FDJane Doe^FS", "^FDSpringfield, OR 97477^FS")
                .contains("^FDUPS^FS", "^FDUPS Ground^FS", "^FD1.25 kg^FS", "^FDPackage 1 of 2^FS", "^FDORD-1001^FS");
    }

    @Test
    void zpl_command_characters_in_user_text_are_hex_escaped_so_they_print_without_breaking_the_label() {
        var hostile = new LabelAddress("Bob^XZ~JA_1", null, "Line\r\n2", null, "Town", null, null, null, null);

        var zpl = generator.render(shippingTo(hostile)).zpl();

        assertThat(zpl).contains("^FH_^FDBob_5EXZ_7EJA_5F1^FS", "^FDLine  2^FS").doesNotContain("~");
        assertThat(occurrences(zpl, "^XZ")).isEqualTo(1);
        assertThat(ZplFields.of(zpl)).contains("Bob^XZ~JA_1");
    }

    @Test
    void text_without_command_characters_is_not_hex_escaped() {
        var plain = new LabelAddress("snake_case Ltd", null, null, null, null, null, null, null, null);

        var zpl = generator.render(shippingTo(plain)).zpl();

        assertThat(zpl).contains("^FDsnake_case Ltd^FS").doesNotContain("^FH");
    }

    @Test
    void backslashes_in_right_aligned_fields_are_doubled_so_they_cannot_break_the_line() {
        var zpl = generator.render(new LabelRequest(TRACKING_NUMBER, null, null, null, null, null, "A\\&B", 0, 0)).zpl();

        assertThat(zpl).contains("^FDA\\\\&B^FS");
    }

    @ParameterizedTest
    @MethodSource("dev.wharf.labels.LabelSamples#international")
    void names_and_streets_in_any_european_script_reach_the_printer_unchanged_as_utf_8(LabelAddress recipient) {
        var zpl = generator.render(shippingTo(recipient)).zpl();

        assertThat(zpl).startsWith("^XA\n^CI28\n");
        assertThat(ZplFields.of(zpl)).contains(recipient.name(), recipient.line1());
    }

    @Test
    void a_polish_name_with_command_characters_round_trips_through_the_hex_escapes() {
        var polish = new LabelAddress("Łucja ~ Żak^XZ", null, "Москва_^", null, null, null, null, "PL", null);

        var zpl = generator.render(shippingTo(polish)).zpl();

        assertThat(ZplFields.of(zpl)).contains("Łucja ~ Żak^XZ", "Москва_^");
        assertThat(occurrences(zpl, "^XZ")).isEqualTo(1);
    }

    @Test
    void long_zpl_lines_are_cut_short() {
        var longCompany = "Northwestern Consolidated Hardware and Garden Supplies Cooperative Incorporated";
        var wordy = new LabelAddress("Jane Doe", longCompany, null, null, null, null, null, null, null);

        var zpl = generator.render(shippingTo(wordy)).zpl();

        assertThat(zpl).contains("^FDNorthwestern Consolidated").doesNotContain(longCompany);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
