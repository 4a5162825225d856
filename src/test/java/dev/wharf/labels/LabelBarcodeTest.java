package dev.wharf.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelBarcodeTest {

    private static final int DPI = 200;

    private final LabelGenerator generator = new LabelGenerator();

    @ParameterizedTest
    @ValueSource(strings = {"WHF1000000017", "1Z999AA10123456784", "9400100000000000000000"})
    void the_barcode_scans_as_exactly_the_tracking_number_at_200_dpi(String trackingNumber) throws Exception {
        var page = renderedLabel(trackingNumber);

        var result = decode(page);

        assertThat(result.getBarcodeFormat()).isEqualTo(BarcodeFormat.CODE_128);
        assertThat(result.getText()).isEqualTo(trackingNumber);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WHF1000000017", "1Z999AA10123456784"})
    void the_barcode_is_at_least_2_inches_wide_and_0_8_inch_tall(String trackingNumber) throws Exception {
        var page = renderedLabel(trackingNumber);
        // The decoder reports the row it read; along that row nothing but bars is printed.
        int row = Math.round(decode(page).getResultPoints()[0].getY());

        int left = 0;
        while (!isDark(page, left, row)) {
            left++;
        }
        int right = page.getWidth() - 1;
        while (!isDark(page, right, row)) {
            right--;
        }
        int top = row;
        while (isDark(page, left, top - 1)) {
            top--;
        }
        int bottom = row;
        while (isDark(page, left, bottom + 1)) {
            bottom++;
        }

        assertThat(right - left + 1).isGreaterThanOrEqualTo(2 * DPI);
        assertThat(bottom - top + 1).isGreaterThanOrEqualTo(8 * DPI / 10);
        // Code 128 needs ten modules of blank space either side to tell where the symbol ends.
        int symbolModules = Code128Bars.of(trackingNumber).moduleCount() - 2 * Code128Bars.QUIET_ZONE_MODULES;
        int quietZone = 10 * (right - left + 1) / symbolModules;
        assertThat(left).isGreaterThanOrEqualTo(quietZone);
        assertThat(page.getWidth() - 1 - right).isGreaterThanOrEqualTo(quietZone);
    }

    private BufferedImage renderedLabel(String trackingNumber) throws IOException {
        var pdf = generator.render(LabelSamples.request(trackingNumber)).pdf();
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, DPI);
        }
    }

    private static Result decode(BufferedImage image) throws NotFoundException {
        var reader = new MultiFormatReader();
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return reader.decode(bitmap, Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
                DecodeHintType.TRY_HARDER, Boolean.TRUE));
    }

    private static boolean isDark(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        int luminance = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
        return luminance < 128;
    }
}
