package dev.wharf.labels;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Writes lines top-down in a column of fixed width, skipping blank ones so absent fields leave no gaps. */
final class TextColumn {

    private static final float LEADING = 1.22f;

    private final Canvas canvas;
    private final float x;
    private final float width;
    private float top;

    TextColumn(Canvas canvas, float x, float top, float width) {
        this.canvas = canvas;
        this.x = x;
        this.top = top;
        this.width = width;
    }

    TextColumn line(PDFont font, float size, String text) throws IOException {
        if (text == null || text.isBlank()) {
            return this;
        }
        // DejaVu Sans's capitals rise about 0.73 em above the baseline, so the line's ink starts at `top`.
        float baseline = top - size * 0.73f;
        canvas.text(font, size, x, baseline, text, width);
        top -= size * LEADING;
        return this;
    }

    TextColumn gap(float points) {
        top -= points;
        return this;
    }

    /** Where the next line would start: the lowest point this column has reached so far. */
    float top() {
        return top;
    }
}
