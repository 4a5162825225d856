package dev.wharf.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Turns user text into text a Standard 14 font can draw. Those fonts only know WinAnsiEncoding, and
 * PDFBox throws on any other character, so one stray "İ" or "東" in an address would fail the whole
 * label. Instead, a character the font lacks falls back to its unaccented letter ("İ" → "I",
 * "ş" → "s"), and failing that to "?".
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
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> out.append(encodable(codePoint, font)));
        return out.toString();
    }

    /** The encodable text, cut short with an ellipsis where it would be wider than {@code maxWidth} points. */
    static String fitted(String text, PDFont font, float fontSize, float maxWidth) {
        var safe = encodable(text, font).strip();
        if (width(safe, font, fontSize) <= maxWidth) {
            return safe;
        }
        // Width only grows with length, so a binary search finds the longest prefix that still fits.
        int fits = 0;
        int tooLong = safe.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (width(safe.substring(0, middle).strip() + ELLIPSIS, font, fontSize) <= maxWidth) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return fits == 0 ? "" : safe.substring(0, fits).strip() + ELLIPSIS;
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
        // NFKD splits "İ" into "I" plus a combining dot (and "ﬁ" into "fi"); dropping the marks leaves the letter.
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
