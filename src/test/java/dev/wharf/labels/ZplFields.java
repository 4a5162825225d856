package dev.wharf.labels;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a ZPL label's text back as a UTF-8 (^CI28) printer would: each field's data, ^FH escapes decoded. */
final class ZplFields {

    private static final Pattern FIELD = Pattern.compile("(\\^FH(.))?\\^FD(.*?)\\^FS");

    private ZplFields() {
    }

    static List<String> of(String zpl) {
        return FIELD.matcher(zpl).results()
                .map(field -> field.group(1) == null ? field.group(3) : decoded(field.group(3), field.group(2).charAt(0)))
                .toList();
    }

    /** The escape character and two hex digits stand for one byte of the UTF-8 text. */
    private static String decoded(String data, char escape) {
        var bytes = data.getBytes(StandardCharsets.UTF_8);
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == escape && i + 2 < bytes.length) {
                out.write(HexFormat.fromHexDigits(new String(bytes, i + 1, 2, StandardCharsets.US_ASCII)));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
