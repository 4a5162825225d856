package dev.wharf.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    private final PDDocument document = new PDDocument();
    private final Fonts fonts;

    SafeTextTest() throws IOException {
        fonts = Fonts.embeddedIn(document);
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void latin_greek_and_cyrillic_letters_stay_as_they_are() {
        var text = "Łódź İstanbul Şişli Řečická Müßig Θεσσαλονίκη Москва € “Ærø” –";

        assertThat(SafeText.encodable(text, fonts.regular())).isEqualTo(text);
        assertThat(SafeText.encodable(text, fonts.bold())).isEqualTo(text);
    }

    @Test
    void only_characters_the_font_lacks_become_question_marks_one_per_character() {
        assertThat(SafeText.encodable("Łódź 東京 box 📦 ok", fonts.regular())).isEqualTo("Łódź ?? box ? ok");
    }

    @Test
    void full_width_letters_and_digits_the_font_lacks_fall_back_to_their_plain_forms() {
        assertThat(SafeText.encodable("Ｔｏｋｙｏ １２３", fonts.regular())).isEqualTo("Tokyo 123");
    }

    @Test
    void letters_typed_as_a_base_letter_and_combining_marks_are_drawn_as_the_composed_letter() {
        assertThat(SafeText.encodable("Lo\u0301dz\u0301", fonts.regular())).isEqualTo("Lódź");
    }

    @Test
    void line_breaks_and_tabs_become_spaces_and_null_becomes_empty() {
        assertThat(SafeText.encodable("a\tb\r\nc", fonts.regular())).isEqualTo("a b  c");
        assertThat(SafeText.encodable(null, fonts.regular())).isEmpty();
    }

    @Test
    void text_too_wide_is_cut_with_an_ellipsis_to_the_width() {
        var fitted = SafeText.fitted("Northwestern Consolidated Hardware", fonts.regular(), 12, 100);

        assertThat(fitted).startsWith("Northwestern").endsWith("…");
        assertThat(SafeText.width(fitted, fonts.regular(), 12)).isLessThanOrEqualTo(100f);
        assertThat(SafeText.width(fitted, fonts.regular(), 12)).isGreaterThan(85f);
    }

    @Test
    void text_that_fits_is_left_whole() {
        assertThat(SafeText.fitted("Jane Doe", fonts.regular(), 12, 100)).isEqualTo("Jane Doe");
    }
}
