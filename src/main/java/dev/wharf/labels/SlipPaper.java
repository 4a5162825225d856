package dev.wharf.labels;

import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The paper in the warehouse's printers: US Letter in the United States and Canada, A4 everywhere else.
 * A warehouse whose country is unknown gets A4 too, the size most of the world's printers hold.
 */
final class SlipPaper {

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA");

    private SlipPaper() {
    }

    static PDRectangle forCountry(String countryCode) {
        var country = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        return LETTER_COUNTRIES.contains(country) ? PDRectangle.LETTER : PDRectangle.A4;
    }
}
