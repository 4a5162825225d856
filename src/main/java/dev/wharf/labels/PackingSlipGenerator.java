package dev.wharf.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Renders the packing slip that goes into the parcel, as a PDF of as many pages as the lines need, on A4
 * or, for a warehouse in the US or Canada, US Letter.
 */
@Service
public class PackingSlipGenerator {

    /** Like labels, never fails on unusual characters or long text: they are replaced or cut to fit. */
    public byte[] render(PackingSlip slip) {
        Objects.requireNonNull(slip, "slip");
        try {
            return PackingSlipPdf.render(slip);
        } catch (IOException e) {
            // Everything is written to memory, so this would be a PDFBox defect rather than a full disk.
            throw new UncheckedIOException("could not render the packing slip PDF", e);
        }
    }
}
