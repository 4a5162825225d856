package dev.wharf.labels;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Draws single lines of user text safely: encodable, cut to fit, and nothing at all when blank. */
final class Canvas {

    private final PDPageContentStream content;

    Canvas(PDPageContentStream content) {
        this.content = content;
    }

    void text(PDFont font, float size, float x, float baseline, String text, float maxWidth) throws IOException {
        var fitted = SafeText.fitted(text, font, size, maxWidth);
        if (!fitted.isEmpty()) {
            show(font, size, x, baseline, fitted);
        }
    }

    void textRightAligned(PDFont font, float size, float right, float baseline, String text, float maxWidth)
            throws IOException {
        var fitted = SafeText.fitted(text, font, size, maxWidth);
        if (!fitted.isEmpty()) {
            show(font, size, right - SafeText.width(fitted, font, size), baseline, fitted);
        }
    }

    void textCentered(PDFont font, float size, float centre, float baseline, String text, float maxWidth)
            throws IOException {
        var fitted = SafeText.fitted(text, font, size, maxWidth);
        if (!fitted.isEmpty()) {
            show(font, size, centre - SafeText.width(fitted, font, size) / 2, baseline, fitted);
        }
    }

    /** A horizontal line, e.g. between the sections of a label. */
    void rule(float x, float y, float width, float thickness) throws IOException {
        content.addRect(x, y - thickness / 2, width, thickness);
        content.fill();
    }

    private void show(PDFont font, float size, float x, float baseline, String encodable) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(encodable);
        content.endText();
    }
}
