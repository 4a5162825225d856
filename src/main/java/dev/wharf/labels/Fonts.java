package dev.wharf.labels;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The two faces every document uses. Standard 14 fonts need no font files, so the PDFs stay small and
 * render the same everywhere. Made fresh per document because PDFBox font objects are not meant to be
 * shared between documents or threads.
 */
record Fonts(PDFont regular, PDFont bold) {

    static Fonts helvetica() {
        return new Fonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
    }
}
