package dev.wharf.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String row(Object... fields) {
        var out = new StringWriter();
        new CsvWriter(out).row(Arrays.asList(fields));
        return out.toString();
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted_and_quotes_doubled() {
        assertThat(row("a,b", "say \"hi\"", "two\nlines", "plain")).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n");
    }

    @Test
    void null_is_an_empty_cell_instants_are_utc_and_decimals_plain() {
        assertThat(row(null, OffsetDateTime.of(2026, 11, 30, 20, 0, 0, 0, ZoneOffset.ofHours(2)), new BigDecimal("5.5000"), 7))
                .isEqualTo(",2026-11-30T18:00:00Z,5.5,7\r\n");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() {
        assertThat(row("=HYPERLINK(\"x\")", "-2", "@sum", "+1")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'-2,'@sum,'+1\r\n");
        assertThat(row(-2)).isEqualTo("-2\r\n");
    }
}
