package dev.wharf.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Service;

/** Renders a parcel's shipping label as a 4×6 inch PDF and as ZPL for thermal printers. */
@Service
public class LabelGenerator {

    /**
     * Never fails on what people type into addresses: characters the label fonts lack are replaced and
     * long lines are cut to fit.
     *
     * @throws IllegalArgumentException when the tracking number is missing, or is not printable ASCII
     *         without ^ and ~, because then no barcode could carry it unchanged
     */
    public RenderedLabel render(LabelRequest request) {
        var content = LabelContent.of(request);
        try {
            return new RenderedLabel(LabelPdf.render(content), LabelZpl.render(content));
        } catch (IOException e) {
            // Everything is written to memory, so this would be a PDFBox defect rather than a full disk.
            throw new UncheckedIOException("could not render the label PDF", e);
        }
    }
}
