package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A supervisor creates storage sections in the console; put-away then accepts them, and nobody else creates any. */
class SectionsScreenTest extends ConsoleTest {

    private long sectionsNamed(String warehouseCode, String code) {
        var listed = http.get("/ops/api/sections?limit=200", operatorOf(warehouseCode, "operator"));
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        long found = 0;
        for (var s : listed.json()) {
            if (code.equals(s.path("code").asString())) {
                found++;
            }
        }
        return found;
    }

    @Test
    void a_supervisor_scans_a_new_section_code_and_the_section_exists_once_in_this_warehouse_only() {
        var warehouse = newWarehouse("GBP");
        var elsewhere = newWarehouse("GBP");
        var console = loggedIn(account(warehouse.code(), "supervisor"));
        assertThat(console.get("/console").body()).contains("href=\"" + SectionsScreen.PATH + "\"");
        assertThat(console.get(SectionsScreen.PATH).status()).isEqualTo(200);

        var created = console.submit(SectionsScreen.PATH, Map.of("code", " B-07 "));
        assertThat(created.status()).isEqualTo(302);
        var page = console.get(SectionsScreen.PATH);
        assertThat(page.body()).contains("banner ok", "Section B-07 created", "data-section=\"B-07\"");
        assertThat(sectionsNamed(warehouse.code(), "B-07")).isEqualTo(1);
        assertThat(sectionsNamed(elsewhere.code(), "B-07")).isZero();

        console.submit(SectionsScreen.PATH, Map.of("code", "B-07"));
        assertThat(console.get(SectionsScreen.PATH).body()).as("a second B-07 is refused").contains("banner refused");
        assertThat(sectionsNamed(warehouse.code(), "B-07")).isEqualTo(1);

        console.submit(SectionsScreen.PATH, Map.of("code", ""));
        assertThat(console.get(SectionsScreen.PATH).body()).as("an empty code is refused").contains("banner refused");
    }

    @Test
    void an_operator_neither_sees_nor_creates_sections() {
        var warehouse = newWarehouse("GBP");
        var console = loggedIn(account(warehouse.code(), "operator"));
        assertThat(console.get("/console").body()).doesNotContain("href=\"" + SectionsScreen.PATH + "\"");
        assertThat(console.get(SectionsScreen.PATH).status()).isEqualTo(403);
        console.get("/console/putaway");
        assertThat(console.submit(SectionsScreen.PATH, Map.of("code", "C-01")).status()).isEqualTo(403);
        assertThat(sectionsNamed(warehouse.code(), "C-01")).isZero();
    }
}
