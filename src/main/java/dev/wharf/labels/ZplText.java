package dev.wharf.labels;

/** User text made safe for a ZPL field: no command characters, and short enough for its field. */
final class ZplText {

    /**
     * Font 0 is a condensed face: at equal height and width its characters average roughly half the
     * height across, so budgeting 0.55 of the height per character leaves a little slack. ZPL has no way
     * to measure text, and a line that runs off the label is worse than one cut a few characters early.
     */
    private static final double CHARACTER_WIDTH_PER_HEIGHT = 0.55;
    private static final String ELLIPSIS = "...";

    private ZplText() {
    }

    /** The text without command characters, cut with "..." to about {@code maxWidth} dots. */
    static String fitted(String text, int fontHeight, int maxWidth) {
        var safe = withoutCommands(text).strip();
        int maxCharacters = (int) (maxWidth / (fontHeight * CHARACTER_WIDTH_PER_HEIGHT));
        if (safe.codePointCount(0, safe.length()) <= maxCharacters) {
            return safe;
        }
        int end = safe.offsetByCodePoints(0, Math.max(0, maxCharacters - ELLIPSIS.length()));
        return safe.substring(0, end).strip() + ELLIPSIS;
    }

    /**
     * ^ and ~ start ZPL commands anywhere, even inside field data, so "Bob^XZ" would end the label
     * early. They become spaces, as do line breaks and other control characters.
     */
    static String withoutCommands(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            boolean command = codePoint == '^' || codePoint == '~' || Character.isISOControl(codePoint);
            out.appendCodePoint(command ? ' ' : codePoint);
        });
        return out.toString();
    }

    /** Inside a ^FB field block the backslash is itself an escape ("\&" breaks the line), so it is doubled. */
    static String inFieldBlock(String text) {
        return text.replace("\\", "\\\\");
    }
}
