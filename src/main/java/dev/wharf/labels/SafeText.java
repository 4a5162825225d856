package dev.wharf.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Turns user text into text the label font can draw. PDFBox throws on a character the font has no glyph
 * for, so one emoji or "東" in an address would fail the whole label. Instead only that character is
 * replaced: by its unaccented letter where the font has one, else by "?". Everything else is kept.
 */
final class SafeText {

    static final String ELLIPSIS = "…";

    private SafeText() {
    }

    /** The text with every character the font cannot encode replaced; null becomes "". */
    static String encodable(String text, PDFont font) {
        if (text == null) {
            return "";
        }
        // Composed form: "ó" typed as "o" plus a combining acute is drawn as the font's own "ó" glyph, rather
        // than as a mark PDFBox would place without knowing where the letter's top is.
        var composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        var out = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> out.append(encodable(codePoint, font)));
        return out.toString();
    }

    /** The encodable text, cut short with an ellipsis where it would be wider than {@code maxWidth} points. */
    static String fitted(String text, PDFont font, float fontSize, float maxWidth) {
        var safe = encodable(text, font).strip();
        if (width(safe, font, fontSize) <= maxWidth) {
            return safe;
        }
        // Width only grows with length, so a binary search finds the longest prefix that still fits. It counts
        // code points, so a letter outside the Basic Multilingual Plane is never cut in half.
        int fits = 0;
        int tooLong = safe.codePointCount(0, safe.length());
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (width(prefix(safe, middle) + ELLIPSIS, font, fontSize) <= maxWidth) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return fits == 0 ? "" : prefix(safe, fits) + ELLIPSIS;
    }

    private static String prefix(String text, int codePoints) {
        return text.substring(0, text.offsetByCodePoints(0, codePoints)).strip();
    }

    /** Width in points of text the font can encode. */
    static float width(String encodableText, PDFont font, float fontSize) {
        try {
            return font.getStringWidth(encodableText) / 1000f * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encodable(int codePoint, PDFont font) {
        // Line breaks and tabs cannot be shown inside one text line; they separate words, so keep a space.
        if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
            return " ";
        }
        var character = Character.toString(codePoint);
        if (canEncode(character, font)) {
            return character;
        }
        // NFKD splits a letter into its base and combining marks (and "ﬁ" into "fi"); dropping the marks
        // leaves a letter the font is more likely to have.
        var plain = Normalizer.normalize(character, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        if (!plain.isEmpty() && canEncode(plain, font)) {
            return plain;
        }
        return "?";
    }

    private static boolean canEncode(String text, PDFont font) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
