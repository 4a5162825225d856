package dev.wharf.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** An address as the lines printed under its name, in the usual order, without the empty ones. */
final class AddressLines {

    private AddressLines() {
    }

    /** Company, street lines, "City, State Postal" and country; the name and phone are printed separately. */
    static List<String> belowName(LabelAddress address) {
        if (address == null) {
            return List.of();
        }
        var lines = new ArrayList<String>();
        addIfPresent(lines, address.company());
        addIfPresent(lines, address.line1());
        addIfPresent(lines, address.line2());
        addIfPresent(lines, cityLine(address));
        addIfPresent(lines, address.countryCode());
        return lines;
    }

    static String cityLine(LabelAddress address) {
        return joinPresent(", ", address.city(), joinPresent(" ", address.state(), address.postal()));
    }

    private static void addIfPresent(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line.strip());
        }
    }

    private static String joinPresent(String separator, String... parts) {
        return Arrays.stream(parts)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(separator));
    }
}
