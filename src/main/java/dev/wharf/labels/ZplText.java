package dev.wharf.labels;

/** User text made safe for a ZPL field: one line, command characters escaped, short enough for its field. */
final class ZplText {

    /**
     * Font 0 is a condensed face: at equal height and width its characters average roughly half the
     * height across, so budgeting 0.55 of the height per character leaves a little slack. ZPL has no way
     * to measure text, and a line that runs off the label is worse than one cut a few characters early.
     */
    private static final double CHARACTER_WIDTH_PER_HEIGHT = 0.55;
    private static final String ELLIPSIS = "...";
    private static final char HEX_ESCAPE = '_';

    private ZplText() {
    }

    /** The text on one line, cut with "..." to about {@code maxWidth} dots. */
    static String fitted(String text, int fontHeight, int maxWidth) {
        var safe = oneLine(text).strip();
        int maxCharacters = (int) (maxWidth / (fontHeight * CHARACTER_WIDTH_PER_HEIGHT));
        if (safe.codePointCount(0, safe.length()) <= maxCharacters) {
            return safe;
        }
        int end = safe.offsetByCodePoints(0, Math.max(0, maxCharacters - ELLIPSIS.length()));
        return safe.substring(0, end).strip() + ELLIPSIS;
    }

    /** Line breaks and other control characters become spaces: a ZPL field prints as one line. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> out.appendCodePoint(Character.isISOControl(codePoint) ? ' ' : codePoint));
        return out.toString();
    }

    /**
     * The field's data command for printable text. ^ and ~ start ZPL commands anywhere, even inside field
     * data, so "Bob^XZ" would end the label early. Text holding either gets ^FH and carries them as hex
     * escapes ("_5E", "_7E"; the escape character itself as "_5F"), which the printer decodes back to
     * the character; any other text, the UTF-8 declared by ^CI28 included, goes as it is.
     */
    static String fieldData(String text) {
        if (text.indexOf('^') < 0 && text.indexOf('~') < 0) {
            return "^FD" + text;
        }
        var escaped = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(codePoint -> {
            switch (codePoint) {
                case '^', '~', HEX_ESCAPE -> escaped.append(HEX_ESCAPE).append("%02X".formatted(codePoint));
                default -> escaped.appendCodePoint(codePoint);
            }
        });
        return "^FH" + HEX_ESCAPE + "^FD" + escaped;
    }

    /** Inside a ^FB field block the backslash is itself an escape ("\&" breaks the line), so it is doubled. */
    static String inFieldBlock(String text) {
        return text.replace("\\", "\\\\");
    }
}
