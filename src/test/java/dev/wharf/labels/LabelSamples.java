package dev.wharf.labels;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Typical label input, and reading back what a PDF says. */
final class LabelSamples {

    static final String TRACKING_NUMBER = "WHF1000000017";

    private LabelSamples() {
    }

    static LabelAddress warehouse() {
        return new LabelAddress("Wharf Demo Warehouse", "Wharf Fulfilment B.V.", "Dockweg 1", "Hall 4",
                "Rotterdam", null, "3011 AA", "NL", "+31 10 000 0000");
    }

    static LabelAddress customer() {
        return new LabelAddress("Jane Doe", "Doe Hardware", "742 Evergreen Terrace", "Apt 2", "Springfield", "OR",
                "97477", "US", "555-0100");
    }

    /**
     * Recipients whose name and street line use letters beyond Windows Latin 1 (or, for German, the
     * ones Latin 1 does have), each of which must print exactly as typed.
     */
    static Stream<LabelAddress> international() {
        return Stream.of(
                abroad("Paweł Wołodyjowski", "Łódź, ul. Żółkiewskiego 5", "PL"),
                abroad("Işıl Yılmaz", "İstanbul, Şişli, Çağlayan", "TR"),
                abroad("Jürgen Müßig", "Straße 7, München", "DE"),
                abroad("Jiří Dvořák", "Ústí nad Labem, Řečická", "CZ"),
                abroad("Γιώργος Παπαδόπουλος", "Θεσσαλονίκη, Οδός Αγίας Σοφίας", "GR"),
                abroad("Анна Щербакова", "Москва, ул. Тверская, д. 7", "RU"));
    }

    private static LabelAddress abroad(String name, String line1, String countryCode) {
        return new LabelAddress(name, null, line1, null, null, null, null, countryCode, null);
    }

    /** The printed lines, each as a whole, so a test can tell "Łódź" from "?ód?" and from a line cut short. */
    static List<String> linesOf(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).toList();
    }

    static LabelRequest request(String trackingNumber) {
        return new LabelRequest(trackingNumber, "UPS", "UPS Ground", warehouse(), customer(), new BigDecimal("1.25"),
                "ORD-1001", 1, 2);
    }

    static LabelRequest shippingTo(LabelAddress shipTo) {
        return new LabelRequest(TRACKING_NUMBER, "UPS", "UPS Ground", warehouse(), shipTo, new BigDecimal("1.25"),
                "ORD-1001", 1, 2);
    }

    /**
     * The text printed on the pages. Text drawn beyond a page's edge is left out: PDFTextStripper would
     * otherwise report it, and a layout that runs off the page would look fine.
     */
    static String textOf(byte[] pdf) throws IOException {
        var onPage = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                boolean inside = text.getXDirAdj() >= 0 && text.getXDirAdj() <= text.getPageWidth()
                        && text.getYDirAdj() >= 0 && text.getYDirAdj() <= text.getPageHeight();
                if (inside) {
                    super.processTextPosition(text);
                }
            }
        };
        try (var document = Loader.loadPDF(pdf)) {
            return onPage.getText(document);
        }
    }
}
