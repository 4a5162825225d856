package dev.wharf.labels;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The packing slip as a US Letter PDF: a header with the order and both addresses on the first page,
 * then a table of lines that continues on further pages, each repeating the table's column heads, and
 * the total unit count at the end. Positions are in points from the lower left corner.
 */
final class PackingSlipPdf {

    private static final PDRectangle PAGE_SIZE = PDRectangle.LETTER;
    private static final float MARGIN = 48;
    private static final float CONTENT_WIDTH = PAGE_SIZE.getWidth() - 2 * MARGIN;
    private static final float RIGHT_EDGE = PAGE_SIZE.getWidth() - MARGIN;
    private static final float TOP = PAGE_SIZE.getHeight() - MARGIN;
    private static final float COLUMN_GAP = 8;
    private static final float ADDRESS_WIDTH = (CONTENT_WIDTH - 2 * COLUMN_GAP) / 2;

    private static final float SKU_X = MARGIN;
    private static final float SKU_WIDTH = 120;
    private static final float TITLE_X = SKU_X + SKU_WIDTH + COLUMN_GAP;
    private static final float QUANTITY_WIDTH = 60;
    private static final float TITLE_WIDTH = RIGHT_EDGE - QUANTITY_WIDTH - COLUMN_GAP - TITLE_X;
    private static final float ROW_HEIGHT = 16;
    private static final float ROW_FONT_SIZE = 10;
    private static final float TOTAL_HEIGHT = 28;
    // Rows stop here, leaving the bottom margin for the page footer.
    private static final float LOWEST_ROW_BOTTOM = MARGIN + 12;
    private static final float FOOTER_BASELINE = MARGIN - 18;

    // The slip carries no time zone to go by; UTC gives the same date wherever the slip is printed.
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final PDDocument document;
    private final PackingSlip slip;
    private final Fonts fonts;
    private PDPageContentStream content;
    private Canvas canvas;
    // The top of the next thing to draw on the current page.
    private float y;

    private PackingSlipPdf(PDDocument document, PackingSlip slip) throws IOException {
        this.document = document;
        this.slip = slip;
        this.fonts = Fonts.embeddedIn(document);
    }

    static byte[] render(PackingSlip slip) throws IOException {
        try (var document = new PDDocument()) {
            var pdf = new PackingSlipPdf(document, slip);
            pdf.drawPages();
            pdf.drawFooters();
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void drawPages() throws IOException {
        startPage();
        try {
            drawHeader();
            drawColumnHeads();
            var lines = lines();
            for (var line : lines) {
                if (y - ROW_HEIGHT < LOWEST_ROW_BOTTOM) {
                    continueOnNewPage();
                }
                drawRow(line);
            }
            if (y - TOTAL_HEIGHT < LOWEST_ROW_BOTTOM) {
                continueOnNewPage();
            }
            drawTotal(lines.stream().mapToLong(PackingSlip.Line::quantity).sum());
        } finally {
            content.close();
        }
    }

    private List<PackingSlip.Line> lines() {
        return slip.lines() == null ? List.of() : slip.lines().stream().filter(Objects::nonNull).toList();
    }

    private void startPage() throws IOException {
        var page = new PDPage(PAGE_SIZE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        canvas = new Canvas(content);
        y = TOP;
    }

    private void continueOnNewPage() throws IOException {
        content.close();
        startPage();
        canvas.text(fonts.bold(), 11, MARGIN, y - 8, "Packing slip" + orderSuffix() + " (continued)", CONTENT_WIDTH);
        y -= 28;
        drawColumnHeads();
    }

    private void drawHeader() throws IOException {
        canvas.text(fonts.bold(), 22, MARGIN, y - 16, "Packing slip", CONTENT_WIDTH / 2);
        var orderNumber = slip.orderNumber();
        canvas.textRightAligned(fonts.bold(), 13, RIGHT_EDGE, y - 16,
                orderNumber == null || orderNumber.isBlank() ? null : "Order " + orderNumber, CONTENT_WIDTH / 2);
        canvas.textRightAligned(fonts.regular(), 10, RIGHT_EDGE, y - 32,
                slip.createdAt() == null ? null : "Date " + DATE.format(slip.createdAt()), CONTENT_WIDTH / 2);
        canvas.text(fonts.regular(), 12, MARGIN, y - 36, slip.merchantName(), CONTENT_WIDTH / 2);
        y -= 64;
        float fromBottom = drawAddress(MARGIN, "SHIP FROM", slip.shipFrom());
        float toBottom = drawAddress(MARGIN + ADDRESS_WIDTH + 2 * COLUMN_GAP, "SHIP TO", slip.shipTo());
        y = Math.min(fromBottom, toBottom) - 20;
    }

    private float drawAddress(float x, String heading, LabelAddress address) throws IOException {
        if (address == null) {
            return y;
        }
        var column = new TextColumn(canvas, x, y, ADDRESS_WIDTH)
                .line(fonts.bold(), 9, heading)
                .gap(2)
                .line(fonts.bold(), 11, address.name());
        for (var line : AddressLines.belowName(address)) {
            column.line(fonts.regular(), 10, line);
        }
        column.line(fonts.regular(), 10, address.phone() == null || address.phone().isBlank()
                ? null : "Tel. " + address.phone());
        return column.top();
    }

    private void drawColumnHeads() throws IOException {
        float baseline = y - 10;
        canvas.text(fonts.bold(), ROW_FONT_SIZE, SKU_X, baseline, "SKU", SKU_WIDTH);
        canvas.text(fonts.bold(), ROW_FONT_SIZE, TITLE_X, baseline, "Item", TITLE_WIDTH);
        canvas.textRightAligned(fonts.bold(), ROW_FONT_SIZE, RIGHT_EDGE, baseline, "Qty", QUANTITY_WIDTH);
        canvas.rule(MARGIN, baseline - 5, CONTENT_WIDTH, 1);
        y -= 20;
    }

    private void drawRow(PackingSlip.Line line) throws IOException {
        float baseline = y - 11;
        canvas.text(fonts.regular(), ROW_FONT_SIZE, SKU_X, baseline, line.sku(), SKU_WIDTH);
        canvas.text(fonts.regular(), ROW_FONT_SIZE, TITLE_X, baseline, line.title(), TITLE_WIDTH);
        canvas.textRightAligned(fonts.regular(), ROW_FONT_SIZE, RIGHT_EDGE, baseline,
                Integer.toString(line.quantity()), QUANTITY_WIDTH);
        y -= ROW_HEIGHT;
    }

    private void drawTotal(long units) throws IOException {
        canvas.rule(MARGIN, y - 4, CONTENT_WIDTH, 1);
        float baseline = y - 20;
        canvas.textRightAligned(fonts.bold(), 11, RIGHT_EDGE - QUANTITY_WIDTH - COLUMN_GAP, baseline,
                "Total units", TITLE_WIDTH);
        canvas.textRightAligned(fonts.bold(), 11, RIGHT_EDGE, baseline, Long.toString(units), QUANTITY_WIDTH);
        y -= TOTAL_HEIGHT;
    }

    /** "Page n of m" is only known once every page exists, so footers go on in a second pass. */
    private void drawFooters() throws IOException {
        int pageCount = document.getNumberOfPages();
        for (int index = 0; index < pageCount; index++) {
            var page = document.getPage(index);
            try (var footer = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true,
                    true)) {
                new Canvas(footer).textCentered(fonts.regular(), 8, PAGE_SIZE.getWidth() / 2, FOOTER_BASELINE,
                        "Packing slip" + orderSuffix() + " - page " + (index + 1) + " of " + pageCount,
                        CONTENT_WIDTH);
            }
        }
    }

    private String orderSuffix() {
        var orderNumber = slip.orderNumber();
        return orderNumber == null || orderNumber.isBlank() ? "" : ", order " + orderNumber.strip();
    }
}
