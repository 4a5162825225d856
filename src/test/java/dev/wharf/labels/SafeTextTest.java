package dev.wharf.labels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    private final Fonts fonts = Fonts.helvetica();

    @Test
    void letters_with_marks_the_font_lacks_lose_the_mark_and_other_scripts_become_question_marks() {
        assertThat(SafeText.encodable("İstanbul Şişli 東京", fonts.regular())).isEqualTo("Istanbul Sisli ??");
    }

    @Test
    void windows_latin_1_characters_stay_as_they_are() {
        assertThat(SafeText.encodable("€ 5,00 – Müßig “Ærø”", fonts.bold())).isEqualTo("€ 5,00 – Müßig “Ærø”");
    }

    @Test
    void line_breaks_and_tabs_become_spaces_and_null_becomes_empty() {
        assertThat(SafeText.encodable("a\tb\r\nc", fonts.regular())).isEqualTo("a b  c");
        assertThat(SafeText.encodable(null, fonts.regular())).isEmpty();
    }

    @Test
    void characters_outside_the_basic_plane_are_one_question_mark_each() {
        assertThat(SafeText.encodable("box 📦 ok", fonts.regular())).isEqualTo("box ? ok");
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
