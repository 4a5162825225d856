package dev.wharf.billing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A statement as an A4 PDF: the header, the totals per category, every line with its reference, then
 * subtotal, tax and total. DejaVu Sans is embedded (the font the labels use) so any merchant's or
 * service's name prints; a character it lacks prints as "?". Pages are buffered in a temporary file,
 * and past {@link #MAX_LINES} lines the PDF says where the rest is (the CSV export has every line):
 * a statement of a hundred thousand orders is read as CSV, not as a 5,000-page document.
 */
final class StatementPdf {

    static final int MAX_LINES = 20_000;
    private static final float MARGIN = 40;
    private static final float ROW = 13;
    private static final float[] COLUMNS = {MARGIN, 105, 215, 330, 410, 460, 515};

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    private StatementPdf(PDDocument document) throws IOException {
        this.document = document;
        this.regular = PDType0Font.load(document, new ByteArrayInputStream(FontFiles.REGULAR), true);
        this.bold = PDType0Font.load(document, new ByteArrayInputStream(FontFiles.BOLD), true);
    }

    static void write(Statements statements, Statement statement, String title, OutputStream out) throws IOException {
        try (var document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            var pdf = new StatementPdf(document);
            try {
                pdf.draw(statements, statement, title);
            } finally {
                pdf.content.close();
            }
            document.save(out);
        }
    }

    private void draw(Statements statements, Statement s, String title) throws IOException {
        newPage();
        text(bold, 16, MARGIN, title);
        y -= 22;
        var period = s.period().isMonth() ? s.period().month() + (s.closed() ? " (closed)" : " (open)")
                : s.period().from() + " to " + s.period().to();
        text(regular, 10, MARGIN, "Merchant " + s.merchant().value() + " · period " + period + " · currency " + s.currency());
        y -= 22;
        text(bold, 11, MARGIN, "Totals by category");
        y -= ROW + 2;
        for (var category : s.categories()) {
            text(regular, 9, MARGIN, category.category().name());
            right(regular, 9, 555, money(category.amount(), s.currency()));
            y -= ROW;
        }
        y -= 10;
        text(bold, 11, MARGIN, "Lines (" + s.lineCount() + ")");
        y -= ROW + 2;
        heads();
        statements.lines(s.merchant(), s.warehouse(), s.period(), MAX_LINES, line -> {
            try {
                if (y < MARGIN + ROW) {
                    newPage();
                    heads();
                }
                row(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (s.lineCount() > MAX_LINES) {
            y -= ROW;
            text(regular, 9, MARGIN, (s.lineCount() - MAX_LINES) + " more lines: see the CSV export of this statement");
        }
        if (y < MARGIN + 4 * ROW) {
            newPage();
        }
        y -= 2 * ROW;
        total("Subtotal", money(s.subtotal(), s.currency()));
        total("Tax at " + s.taxRate().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + " %",
                money(s.tax(), s.currency()));
        total("Total", money(s.total(), s.currency()));
    }

    private void heads() throws IOException {
        String[] heads = {"Day", "Charge", "Reference", "Detail", "Qty", "Price", "Amount"};
        for (int i = 0; i < heads.length; i++) {
            text(bold, 8, COLUMNS[i], heads[i]);
        }
        y -= ROW;
    }

    private void row(BillingLine l) throws IOException {
        text(regular, 8, COLUMNS[0], l.serviceDay().toString() + (l.adjustment() ? " *" : ""));
        text(regular, 8, COLUMNS[1], l.type().name());
        text(regular, 8, COLUMNS[2], l.referenceType() + " " + l.referenceId());
        text(regular, 8, COLUMNS[3], clip(l.detail(), 14));
        text(regular, 8, COLUMNS[4], l.quantity().stripTrailingZeros().toPlainString());
        text(regular, 8, COLUMNS[5], l.unitPrice().stripTrailingZeros().toPlainString());
        right(regular, 8, 555, money(l.amount(), l.currency()));
        y -= ROW;
    }

    private void total(String label, String amount) throws IOException {
        text(bold, 10, 380, label);
        right(bold, 10, 555, amount);
        y -= ROW + 2;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void text(PDFont font, float size, float x, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(font, text));
        content.endText();
    }

    private void right(PDFont font, float size, float rightEdge, String text) throws IOException {
        var safe = printable(font, text);
        float width = font.getStringWidth(safe) / 1000 * size;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(rightEdge - width, y);
        content.showText(safe);
        content.endText();
    }

    /** The text with every character the font cannot draw (and every control character) as "?". */
    private String printable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(printable.computeIfAbsent(cp, c -> canDraw(font, c)) ? cp : '?'));
        return out.toString();
    }

    private static boolean canDraw(PDFont font, int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String money(BigDecimal amount, String currency) {
        return Money.round(amount, currency).toPlainString();
    }

    /** The faces the labels embed, read from the classpath once per JVM. */
    private static final class FontFiles {

        static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
        static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");

        private static byte[] read(String resource) {
            try (var in = StatementPdf.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + resource + " is missing from the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("could not read font " + resource, e);
            }
        }
    }
}
