package dev.wharf.support;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a label as a scanner and a person would: renders the PDF and decodes its barcode, extracts its text. */
public final class LabelReader {

    private LabelReader() {
    }

    public static String barcode(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var image = new PDFRenderer(document).renderImageWithDPI(0, 200);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
                    DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (IOException | com.google.zxing.NotFoundException e) {
            throw new AssertionError("no Code 128 barcode readable on the label", e);
        }
    }

    public static String text(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }

    public static float[] pageSize(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var box = document.getPage(0).getMediaBox();
            return new float[] {box.getWidth(), box.getHeight()};
        } catch (IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }
}
