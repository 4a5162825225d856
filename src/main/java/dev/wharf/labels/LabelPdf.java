package dev.wharf.labels;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The 4×6 inch label as a one-page PDF, laid out top-down: sender and reference, the recipient in large
 * type, carrier and service with weight and package count, then the tracking barcode. Positions are in
 * points from the lower left corner; each section has a fixed height, so a long address is cut short
 * rather than pushing the barcode off the page.
 */
final class LabelPdf {

    static final float PAGE_WIDTH = 4 * 72;
    static final float PAGE_HEIGHT = 6 * 72;
    private static final float MARGIN = 12;
    private static final float CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final float RIGHT_EDGE = PAGE_WIDTH - MARGIN;
    private static final float RULE_THICKNESS = 1.5f;

    private static final float FROM_TOP = PAGE_HEIGHT - MARGIN;
    private static final float REFERENCE_WIDTH = 96;
    private static final float FROM_WIDTH = CONTENT_WIDTH - REFERENCE_WIDTH - 8;
    private static final float SHIP_TO_RULE = 344;
    private static final float SHIP_TO_INDENT = 12;
    private static final float CARRIER_RULE = 214;
    private static final float CARRIER_WIDTH = 170;
    private static final float WEIGHT_WIDTH = CONTENT_WIDTH - CARRIER_WIDTH - 4;
    private static final float BARCODE_RULE = 168;

    // 76 pt is just over one inch: tall enough for a hand scanner to hit at an angle (0.8 inch is the minimum).
    private static final float BARCODE_TOP = 160;
    private static final float BARCODE_HEIGHT = 76;
    // Wider modules scan more reliably; beyond 2 pt (about 5.6 printer dots at 203 dpi) nothing is gained.
    private static final float MAX_MODULE_WIDTH = 2;

    private final LabelContent label;
    private final PDPageContentStream content;
    private final Canvas canvas;
    private final Fonts fonts;

    private LabelPdf(LabelContent label, PDPageContentStream content, Fonts fonts) {
        this.label = label;
        this.content = content;
        this.canvas = new Canvas(content);
        this.fonts = fonts;
    }

    static byte[] render(LabelContent label) throws IOException {
        try (var document = new PDDocument()) {
            var page = new PDPage(new PDRectangle(PAGE_WIDTH, PAGE_HEIGHT));
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                new LabelPdf(label, content, Fonts.embeddedIn(document)).draw();
            }
            var pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        }
    }

    private void draw() throws IOException {
        drawShipFrom();
        drawReference();
        canvas.rule(MARGIN, SHIP_TO_RULE, CONTENT_WIDTH, RULE_THICKNESS);
        drawShipTo();
        canvas.rule(MARGIN, CARRIER_RULE, CONTENT_WIDTH, RULE_THICKNESS);
        drawCarrier();
        canvas.rule(MARGIN, BARCODE_RULE, CONTENT_WIDTH, RULE_THICKNESS);
        drawBarcode();
    }

    private void drawShipFrom() throws IOException {
        var from = label.shipFrom();
        if (from == null) {
            return;
        }
        var column = new TextColumn(canvas, MARGIN, FROM_TOP, FROM_WIDTH)
                .line(fonts.bold(), 7, "FROM")
                .line(fonts.bold(), 8, from.name());
        for (var line : AddressLines.belowName(from)) {
            column.line(fonts.regular(), 8, line);
        }
    }

    private void drawReference() throws IOException {
        if (label.reference() == null || label.reference().isBlank()) {
            return;
        }
        canvas.textRightAligned(fonts.bold(), 7, RIGHT_EDGE, FROM_TOP - 6, "REFERENCE", REFERENCE_WIDTH);
        canvas.textRightAligned(fonts.bold(), 10, RIGHT_EDGE, FROM_TOP - 18, label.reference(), REFERENCE_WIDTH);
    }

    private void drawShipTo() throws IOException {
        var to = label.shipTo();
        if (to == null) {
            return;
        }
        new TextColumn(canvas, MARGIN, SHIP_TO_RULE - 8, CONTENT_WIDTH).line(fonts.bold(), 9, "SHIP TO");
        var column = new TextColumn(canvas, MARGIN + SHIP_TO_INDENT, SHIP_TO_RULE - 21,
                CONTENT_WIDTH - SHIP_TO_INDENT)
                .line(fonts.bold(), 15, to.name());
        for (var line : AddressLines.belowName(to)) {
            column.line(fonts.regular(), 12, line);
        }
        column.line(fonts.regular(), 9, to.phone() == null || to.phone().isBlank() ? null : "Tel. " + to.phone());
    }

    private void drawCarrier() throws IOException {
        canvas.text(fonts.bold(), 16, MARGIN, CARRIER_RULE - 18, label.carrierName(), CARRIER_WIDTH);
        canvas.text(fonts.regular(), 11, MARGIN, CARRIER_RULE - 36, label.serviceName(), CARRIER_WIDTH);
        canvas.textRightAligned(fonts.bold(), 14, RIGHT_EDGE, CARRIER_RULE - 18, label.weight(), WEIGHT_WIDTH);
        canvas.textRightAligned(fonts.regular(), 10, RIGHT_EDGE, CARRIER_RULE - 36, label.packageOfCount(),
                WEIGHT_WIDTH);
    }

    private void drawBarcode() throws IOException {
        var bars = Code128Bars.of(label.trackingNumber());
        float moduleWidth = Math.min(CONTENT_WIDTH / bars.moduleCount(), MAX_MODULE_WIDTH);
        float left = (PAGE_WIDTH - bars.moduleCount() * moduleWidth) / 2;
        float bottom = BARCODE_TOP - BARCODE_HEIGHT;
        bars.draw(content, left, bottom, moduleWidth, BARCODE_HEIGHT);
        canvas.textCentered(fonts.bold(), 12, PAGE_WIDTH / 2, bottom - 16, label.trackingNumber(), CONTENT_WIDTH);
    }
}
