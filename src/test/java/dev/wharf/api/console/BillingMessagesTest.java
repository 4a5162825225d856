package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.billing.ChargeCategory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The billing page's bundle: English and Turkish complete, every key the page uses present. */
class BillingMessagesTest {

    private static Set<String> keysUsed() throws IOException {
        var used = new TreeSet<String>();
        Pattern.compile("#\\{([A-Za-z][A-Za-z0-9.]+)[}(]")
                .matcher(Files.readString(Path.of("src/main/resources/templates/console/billing.html"))).results()
                .forEach(m -> used.add(m.group(1)));
        Pattern.compile("(?:text|MenuItem)\\(\"([a-z][A-Za-z0-9.]*[A-Za-z0-9])\"")
                .matcher(Files.readString(Path.of("src/main/java/dev/wharf/api/console/BillingScreen.java"))).results()
                .forEach(m -> used.add(m.group(1)));
        for (var category : ChargeCategory.values()) {
            used.add("billing.category." + category);
        }
        return used;
    }

    @Test
    void the_billing_bundle_has_the_same_non_empty_keys_in_english_and_turkish_and_every_key_the_page_uses() throws IOException {
        var english = FloorMessagesTest.bundle("billing");
        var turkish = FloorMessagesTest.bundle("billing_tr");
        assertThat(turkish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        english.stringPropertyNames().forEach(k -> assertThat(english.getProperty(k)).isNotBlank());
        turkish.stringPropertyNames().forEach(k -> assertThat(turkish.getProperty(k)).isNotBlank());
        var used = keysUsed();
        assertThat(used).contains("billing.close.confirm", "nav.billing", "billing.closed");
        assertThat(FloorMessagesTest.bundle("console", "billing").stringPropertyNames()).containsAll(used);
        assertThat(FloorMessagesTest.bundle("console_tr", "billing_tr").stringPropertyNames()).containsAll(used);
    }
}
