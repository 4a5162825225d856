package dev.wharf.labels;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A Code 128 symbol drawn as vector bars. Vector rectangles stay sharp at any printer resolution, where
 * an embedded bitmap would be resampled and blur the narrow bars.
 */
final class Code128Bars {

    /** The quiet zone Code 128 requires on each side, in modules; scanners need it to find the symbol's ends. */
    static final int QUIET_ZONE_MODULES = 10;

    private final BitMatrix modules;

    private Code128Bars(BitMatrix modules) {
        this.modules = modules;
    }

    /** Code 128 carries printable ASCII as it is; anything else would not scan back as the same text. */
    static boolean canCarry(String data) {
        return data != null && !data.isEmpty() && data.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    static Code128Bars of(String data) {
        // Width 0 and height 1 ask for the smallest matrix: one row, one column per module, quiet zones included.
        // ZXing's MARGIN is the total of both sides, split evenly, hence twice the quiet zone.
        var matrix = new Code128Writer().encode(data, BarcodeFormat.CODE_128, 0, 1,
                Map.of(EncodeHintType.MARGIN, 2 * QUIET_ZONE_MODULES));
        return new Code128Bars(matrix);
    }

    /** Modules across, quiet zones included. */
    int moduleCount() {
        return modules.getWidth();
    }

    /** Fills one rectangle per run of dark modules; (x, y) is the lower left corner of the left quiet zone. */
    void draw(PDPageContentStream content, float x, float y, float moduleWidth, float height) throws IOException {
        int column = 0;
        while (column < modules.getWidth()) {
            if (!modules.get(column, 0)) {
                column++;
                continue;
            }
            int runStart = column;
            while (column < modules.getWidth() && modules.get(column, 0)) {
                column++;
            }
            content.addRect(x + runStart * moduleWidth, y, (column - runStart) * moduleWidth, height);
        }
        content.fill();
    }
}
