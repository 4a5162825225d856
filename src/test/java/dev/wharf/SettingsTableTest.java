package dev.wharf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The README's settings table names every property of every settings record
 * ({@code @ConfigurationProperties} under {@code dev.wharf}) as its environment variable, so a
 * setting cannot be added without being documented. A row may abbreviate the names that share
 * the record's prefix: {@code `WHARF_REPORTS_LEASE`, `_POLL_INTERVAL`}.
 */
class SettingsTableTest {

    private static final Pattern NAME = Pattern.compile("`([A-Z_][A-Z0-9_]*)`");

    /** The first cell of each row of the table that starts with "| setting |". */
    private static List<String> settingCells() throws IOException {
        var cells = new ArrayList<String>();
        boolean inTable = false;
        for (var line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("| setting |")) {
                inTable = true;
            } else if (inTable && line.startsWith("|")) {
                cells.add(line.split("\\|")[1]);
            } else if (inTable) {
                break;
            }
        }
        return cells;
    }

    /** WHARF_RATE_LIMITS for wharf.rate-limits; FAILED_AUTH_PER_MINUTE for failedAuthPerMinute. */
    private static String envName(String relaxed) {
        return relaxed.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[.-]", "_").toUpperCase(Locale.ROOT);
    }

    private static boolean documented(List<String> cells, String prefix, String property) {
        for (var cell : cells) {
            var names = NAME.matcher(cell).results().map(m -> m.group(1)).toList();
            if (names.contains(prefix + "_" + property)
                    || names.contains("_" + property) && names.stream().anyMatch(n -> n.startsWith(prefix + "_"))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void every_property_of_every_settings_record_is_a_row_of_the_readme_settings_table() throws Exception {
        var cells = settingCells();
        assertThat(cells).as("the README's settings table").hasSizeGreaterThan(5);
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        var records = scanner.findCandidateComponents("dev.wharf").stream()
                .map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), getClass().getClassLoader()))
                .filter(Class::isRecord).toList();
        assertThat(records).as("settings records found").hasSizeGreaterThanOrEqualTo(8);

        var missing = new ArrayList<String>();
        for (var record : records) {
            var annotation = record.getAnnotation(ConfigurationProperties.class);
            var prefix = envName(annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix());
            for (var component : record.getRecordComponents()) {
                var property = envName(component.getName());
                if (!documented(cells, prefix, property)) {
                    missing.add(prefix + "_" + property + " (" + record.getSimpleName() + "." + component.getName() + ")");
                }
            }
        }
        assertThat(missing).as("settings missing from the README's settings table").isEmpty();
    }
}
