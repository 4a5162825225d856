package dev.wharf.labels;

/**
 * The same label as ZPL II for a 4×6 inch label on a 203 dpi Zebra printer. Positions are in printer
 * dots from the top left corner. Text uses the printer's built-in scalable font 0, so nothing has to be
 * downloaded to the printer first.
 */
final class LabelZpl {

    static final int DOTS_WIDE = 812;
    static final int DOTS_LONG = 1218;
    private static final int MARGIN = 30;
    private static final int CONTENT_WIDTH = DOTS_WIDE - 2 * MARGIN;
    private static final int RIGHT_COLUMN_WIDTH = 262;
    private static final int RIGHT_COLUMN_X = DOTS_WIDE - MARGIN - RIGHT_COLUMN_WIDTH;
    private static final int LEFT_COLUMN_WIDTH = RIGHT_COLUMN_X - MARGIN - 20;
    private static final int SHIP_TO_INDENT = 30;
    private static final int BARCODE_TOP = 760;
    private static final int BARCODE_HEIGHT = 160;
    private static final int QUIET_ZONE_MODULES = 10;

    private final StringBuilder zpl = new StringBuilder();

    private LabelZpl() {
    }

    static String render(LabelContent label) {
        return new LabelZpl().label(label).toString();
    }

    private LabelZpl label(LabelContent label) {
        // ^CI28 first: field data is UTF-8, so a Polish, Greek or Cyrillic name reaches the printer unchanged and
        // prints as far as its font has the glyphs.
        zpl.append("^XA\n^CI28\n^PW").append(DOTS_WIDE).append("^LL").append(DOTS_LONG).append("\n^LH0,0\n");
        shipFrom(label.shipFrom());
        reference(label.reference());
        rule(240);
        shipTo(label.shipTo());
        rule(600);
        text(MARGIN, 620, 44, LEFT_COLUMN_WIDTH, label.carrierName());
        text(MARGIN, 675, 32, LEFT_COLUMN_WIDTH, label.serviceName());
        rightAligned(620, 40, label.weight());
        rightAligned(675, 28, label.packageOfCount());
        rule(725);
        barcode(label.trackingNumber());
        zpl.append("^XZ");
        return this;
    }

    private void shipFrom(LabelAddress from) {
        if (from == null) {
            return;
        }
        int y = text(MARGIN, 30, 20, LEFT_COLUMN_WIDTH, "FROM");
        y = text(MARGIN, y, 24, LEFT_COLUMN_WIDTH, from.name());
        for (var line : AddressLines.belowName(from)) {
            y = text(MARGIN, y, 24, LEFT_COLUMN_WIDTH, line);
        }
    }

    private void reference(String reference) {
        if (reference == null || reference.isBlank()) {
            return;
        }
        rightAligned(30, 20, "REFERENCE");
        rightAligned(56, 30, reference);
    }

    private void shipTo(LabelAddress to) {
        if (to == null) {
            return;
        }
        text(MARGIN, 260, 26, CONTENT_WIDTH, "SHIP TO");
        int x = MARGIN + SHIP_TO_INDENT;
        int width = CONTENT_WIDTH - SHIP_TO_INDENT;
        int y = text(x, 296, 44, width, to.name());
        for (var line : AddressLines.belowName(to)) {
            y = text(x, y, 36, width, line);
        }
        text(x, y, 26, width, to.phone() == null || to.phone().isBlank() ? null : "Tel. " + to.phone());
    }

    /**
     * Code 128 with the tracking number printed underneath (the Y of ^BC). Three-dot modules are the
     * norm; a tracking number too long for that at 4 inches (20 characters and more, such as USPS's 22
     * digits) gets two-dot modules instead of being cut off at the label's edge.
     */
    private void barcode(String trackingNumber) {
        // Without a start-mode argument the printer encodes everything in subset B: 11 modules per
        // character, plus start, check digit and the 13-module stop pattern.
        int modules = (trackingNumber.length() + 2) * 11 + 13;
        int moduleDots = 3;
        while (moduleDots > 1 && (modules + 2 * QUIET_ZONE_MODULES) * moduleDots > DOTS_WIDE) {
            moduleDots--;
        }
        int x = Math.max(0, (DOTS_WIDE - modules * moduleDots) / 2);
        zpl.append("^FO").append(x).append(',').append(BARCODE_TOP)
                .append("^BY").append(moduleDots)
                .append("^BCN,").append(BARCODE_HEIGHT).append(",Y,N,N")
                .append("^FD").append(trackingNumber).append("^FS\n");
    }

    /** One left-aligned line; returns where the next line starts, which is unchanged when there was no text. */
    private int text(int x, int y, int fontHeight, int maxWidth, String text) {
        if (text == null || text.isBlank()) {
            return y;
        }
        zpl.append("^FO").append(x).append(',').append(y)
                .append("^A0N,").append(fontHeight).append(',').append(fontHeight)
                .append(ZplText.fieldData(ZplText.fitted(text, fontHeight, maxWidth))).append("^FS\n");
        return y + fontHeight * 6 / 5;
    }

    /** One line in the right-hand column, right-aligned by a one-line field block. */
    private void rightAligned(int y, int fontHeight, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        zpl.append("^FO").append(RIGHT_COLUMN_X).append(',').append(y)
                .append("^A0N,").append(fontHeight).append(',').append(fontHeight)
                .append("^FB").append(RIGHT_COLUMN_WIDTH).append(",1,0,R,0")
                .append(ZplText.fieldData(ZplText.inFieldBlock(ZplText.fitted(text, fontHeight, RIGHT_COLUMN_WIDTH))))
                .append("^FS\n");
    }

    private void rule(int y) {
        zpl.append("^FO").append(MARGIN).append(',').append(y)
                .append("^GB").append(CONTENT_WIDTH).append(",4,4^FS\n");
    }

    @Override
    public String toString() {
        return zpl.toString();
    }
}
