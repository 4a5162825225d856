package dev.wharf.shared;

import java.util.Locale;

/** What a search box's text means to SQL: an id when it is one, a LIKE pattern taking % and _ literally. */
public final class SearchTerms {

    private SearchTerms() {
    }

    /** The text as an id when it is all digits and fits; -1 (no row has it) otherwise. */
    public static long idOf(String text) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(text);
    }

    /** A pattern for {@code lower(column) like :p escape '!'} finding the text anywhere, case-insensitively. */
    public static String containing(String text) {
        var escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
