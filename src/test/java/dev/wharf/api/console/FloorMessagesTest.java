package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.outbound.ManifestView;
import dev.wharf.outbound.OrderStatus;
import dev.wharf.outbound.PackageView;
import dev.wharf.outbound.Picking;
import dev.wharf.returns.Disposition;
import dev.wharf.returns.ReturnStatus;
import dev.wharf.returns.UnitCondition;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message the pick, pack, ship and returns screens show exists in English and in Turkish. */
class FloorMessagesTest {

    private static final List<String> TEMPLATES = List.of("pick-start", "pick", "pack-find", "pack", "ship", "returns-find", "return");
    private static final List<String> SCREENS = List.of("PickScreens", "PackScreens", "ShipScreen", "ReturnScreens", "FloorMenu");

    static Properties bundle(String... names) throws IOException {
        var all = new Properties();
        for (var name : names) {
            try (var in = FloorMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
                assertThat(in).as(name).isNotNull();
                all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return all;
    }

    private static Set<String> keysUsed() throws IOException {
        var used = new TreeSet<String>();
        var inTemplates = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9.]+)[}(]");
        for (var template : TEMPLATES) {
            var matcher = inTemplates.matcher(Files.readString(Path.of("src/main/resources/templates/console/" + template + ".html")));
            matcher.results().forEach(m -> used.add(m.group(1)));
        }
        var inJava = Pattern.compile("(?:text|MenuItem)\\(\"([a-z][A-Za-z0-9.]*[A-Za-z0-9])\"");
        for (var screen : SCREENS) {
            var matcher = inJava.matcher(Files.readString(Path.of("src/main/java/dev/wharf/api/console/" + screen + ".java")));
            matcher.results().forEach(m -> used.add(m.group(1)));
        }
        Stream.of(OrderStatus.values()).forEach(s -> used.add("floor.status." + s));
        Stream.of(PackageView.Status.values()).forEach(s -> used.add("floor.package." + s));
        Stream.of(ReturnStatus.values()).forEach(s -> used.add("returns.status." + s));
        Stream.of(UnitCondition.values()).forEach(s -> used.add("returns.condition." + s));
        Stream.of(Disposition.values()).forEach(s -> used.add("returns.disposition." + s));
        Stream.of(ManifestView.Status.values()).forEach(s -> used.add("ship.manifest." + s));
        Stream.of(ManifestView.Result.values()).forEach(s -> used.add("ship.result." + s));
        Picking.SHORT_PICK_REASONS.forEach(r -> used.add("pick.reason." + r));
        return used;
    }

    @Test
    void the_floor_bundles_have_the_same_keys_in_english_and_turkish_and_none_is_empty() throws IOException {
        var english = bundle("floor");
        var turkish = bundle("floor_tr");
        assertThat(turkish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        Stream.of(english, turkish).flatMap(b -> b.stringPropertyNames().stream().map(b::getProperty))
                .forEach(text -> assertThat(text).isNotBlank());
    }

    @Test
    void every_message_the_outbound_screens_use_is_in_both_languages() throws IOException {
        var used = keysUsed();
        assertThat(used).contains("pick.next.section", "pack.next.box", "ship.close", "returns.received", "nav.pick");
        var english = bundle("console", "floor").stringPropertyNames();
        var turkish = bundle("console_tr", "floor_tr").stringPropertyNames();
        assertThat(english).containsAll(used);
        assertThat(turkish).containsAll(used);
    }
}
