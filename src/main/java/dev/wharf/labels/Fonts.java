package dev.wharf.labels;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces every document uses: DejaVu Sans and DejaVu Sans Bold, embedded so that Polish, Turkish,
 * Czech, Greek and Cyrillic addresses print as typed (the Standard 14 fonts only know Windows Latin 1).
 * Only the glyphs a document uses are subset into it, which keeps a label at a few kilobytes.
 */
record Fonts(PDFont regular, PDFont bold) {

    /** Loads both faces into the document. A PDFont belongs to the one document it was loaded into. */
    static Fonts embeddedIn(PDDocument document) throws IOException {
        return new Fonts(load(document, FontFiles.REGULAR), load(document, FontFiles.BOLD));
    }

    private static PDFont load(PDDocument document, byte[] trueType) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(trueType), true);
    }

    /** The TrueType files, read from the classpath once per JVM: the bytes can be shared, the fonts cannot. */
    private static final class FontFiles {

        static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
        static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");

        private static byte[] read(String resource) {
            try (var in = Fonts.class.getResourceAsStream(resource)) {
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
