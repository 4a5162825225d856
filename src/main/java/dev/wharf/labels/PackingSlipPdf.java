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
 * The packing slip as a PDF on the paper of the warehouse's country (see {@link SlipPaper}): a header
 * with the order (number and Code 128 barcode) and both addresses on the first page, the warehouse's
 * as the address for returns, then a table of lines that continues on further pages, each repeating the
 * table's column heads, and the total unit count at the end. Positions are in points from the lower
 * left corner.
 */
final class PackingSlipPdf {

    private static final float MARGIN = 48;
    private static final float COLUMN_GAP = 8;
    private static final float SKU_X = MARGIN;
    private static final float SKU_WIDTH = 120;
    private static final float TITLE_X = SKU_X + SKU_WIDTH + COLUMN_GAP;
    private static final float QUANTITY_WIDTH = 60;
    private static final float ROW_HEIGHT = 16;
    private static final float ROW_FONT_SIZE = 10;
    private static final float TOTAL_HEIGHT = 28;
    // Rows stop here, leaving the bottom margin for the page footer.
    private static final float LOWEST_ROW_BOTTOM = MARGIN + 12;
    private static final float FOOTER_BASELINE = MARGIN - 18;
    // Half an inch is plenty for a desk scanner reading a sheet lying flat.
    private static final float BARCODE_HEIGHT = 36;
    // 1.5 pt modules are about 4 dots at 203 dpi and 12 at 600 dpi: sharp on thermal and laser printers alike.
    private static final float MAX_MODULE_WIDTH = 1.5f;

    // The slip carries no time zone to go by; UTC gives the same date wherever the slip is printed.
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final PDDocument document;
    private final PackingSlip slip;
    private final Fonts fonts;
    private final PDRectangle pageSize;
    private final float contentWidth;
    private final float rightEdge;
    private final float addressWidth;
    private final float titleWidth;
    private PDPageContentStream content;
    private Canvas canvas;
    // The top of the next thing to draw on the current page.
    private float y;

    private PackingSlipPdf(PDDocument document, PackingSlip slip) throws IOException {
        this.document = document;
        this.slip = slip;
        this.fonts = Fonts.embeddedIn(document);
        this.pageSize = SlipPaper.forCountry(slip.warehouse() == null ? null : slip.warehouse().countryCode());
        this.contentWidth = pageSize.getWidth() - 2 * MARGIN;
        this.rightEdge = pageSize.getWidth() - MARGIN;
        this.addressWidth = (contentWidth - 2 * COLUMN_GAP) / 2;
        this.titleWidth = rightEdge - QUANTITY_WIDTH - COLUMN_GAP - TITLE_X;
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
        var page = new PDPage(pageSize);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        canvas = new Canvas(content);
        y = pageSize.getHeight() - MARGIN;
    }

    private void continueOnNewPage() throws IOException {
        content.close();
        startPage();
        canvas.text(fonts.bold(), 11, MARGIN, y - 8, "Packing slip" + orderSuffix() + " (continued)", contentWidth);
        y -= 28;
        drawColumnHeads();
    }

    private void drawHeader() throws IOException {
        canvas.text(fonts.bold(), 22, MARGIN, y - 16, "Packing slip", contentWidth / 2);
        var orderNumber = slip.orderNumber();
        canvas.textRightAligned(fonts.bold(), 13, rightEdge, y - 16,
                orderNumber == null || orderNumber.isBlank() ? null : "Order " + orderNumber, contentWidth / 2);
        canvas.textRightAligned(fonts.regular(), 10, rightEdge, y - 32,
                slip.createdAt() == null ? null : "Date " + DATE.format(slip.createdAt()), contentWidth / 2);
        canvas.text(fonts.regular(), 12, MARGIN, y - 36, slip.merchantName(), contentWidth / 2);
        y -= drawOrderBarcode() ? 64 + BARCODE_HEIGHT : 64;
        float fromBottom = drawAddress(MARGIN, "RETURN ADDRESS", slip.warehouse());
        float toBottom = drawAddress(MARGIN + addressWidth + 2 * COLUMN_GAP, "SHIP TO", slip.shipTo());
        y = Math.min(fromBottom, toBottom) - 20;
    }

    /**
     * The order number as Code 128 under the date, right-aligned, so the packer can scan the slip to call
     * up the order. An order number Code 128 cannot carry unchanged (beyond ASCII) gets no barcode.
     */
    private boolean drawOrderBarcode() throws IOException {
        var orderNumber = slip.orderNumber() == null ? "" : slip.orderNumber().strip();
        if (!Code128Bars.canCarry(orderNumber)) {
            return false;
        }
        var bars = Code128Bars.of(orderNumber);
        float moduleWidth = Math.min(contentWidth / 2 / bars.moduleCount(), MAX_MODULE_WIDTH);
        // The bars end in line with the text above; the right quiet zone lies in the page margin.
        float left = rightEdge - bars.moduleCount() * moduleWidth + Code128Bars.QUIET_ZONE_MODULES * moduleWidth;
        bars.draw(content, left, y - 44 - BARCODE_HEIGHT, moduleWidth, BARCODE_HEIGHT);
        return true;
    }

    private float drawAddress(float x, String heading, LabelAddress address) throws IOException {
        if (address == null) {
            return y;
        }
        var column = new TextColumn(canvas, x, y, addressWidth)
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
        canvas.text(fonts.bold(), ROW_FONT_SIZE, TITLE_X, baseline, "Item", titleWidth);
        canvas.textRightAligned(fonts.bold(), ROW_FONT_SIZE, rightEdge, baseline, "Qty", QUANTITY_WIDTH);
        canvas.rule(MARGIN, baseline - 5, contentWidth, 1);
        y -= 20;
    }

    private void drawRow(PackingSlip.Line line) throws IOException {
        float baseline = y - 11;
        canvas.text(fonts.regular(), ROW_FONT_SIZE, SKU_X, baseline, line.sku(), SKU_WIDTH);
        canvas.text(fonts.regular(), ROW_FONT_SIZE, TITLE_X, baseline, line.title(), titleWidth);
        canvas.textRightAligned(fonts.regular(), ROW_FONT_SIZE, rightEdge, baseline,
                Integer.toString(line.quantity()), QUANTITY_WIDTH);
        y -= ROW_HEIGHT;
    }

    private void drawTotal(long units) throws IOException {
        canvas.rule(MARGIN, y - 4, contentWidth, 1);
        float baseline = y - 20;
        canvas.textRightAligned(fonts.bold(), 11, rightEdge - QUANTITY_WIDTH - COLUMN_GAP, baseline,
                "Total units", titleWidth);
        canvas.textRightAligned(fonts.bold(), 11, rightEdge, baseline, Long.toString(units), QUANTITY_WIDTH);
        y -= TOTAL_HEIGHT;
    }

    /** "Page n of m" is only known once every page exists, so footers go on in a second pass. */
    private void drawFooters() throws IOException {
        int pageCount = document.getNumberOfPages();
        for (int index = 0; index < pageCount; index++) {
            var page = document.getPage(index);
            try (var footer = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true,
                    true)) {
                new Canvas(footer).textCentered(fonts.regular(), 8, pageSize.getWidth() / 2, FOOTER_BASELINE,
                        "Packing slip" + orderSuffix() + " - page " + (index + 1) + " of " + pageCount,
                        contentWidth);
            }
        }
    }

    private String orderSuffix() {
        var orderNumber = slip.orderNumber();
        return orderNumber == null || orderNumber.isBlank() ? "" : ", order " + orderNumber.strip();
    }
}
