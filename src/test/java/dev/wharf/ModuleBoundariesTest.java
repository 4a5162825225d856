package dev.wharf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleBoundariesTest {

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        var modules = ApplicationModules.of(WharfApplication.class);
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("account", "warehouse", "catalog", "inbound", "inventory", "outbound", "billing", "labels", "events", "api");
        modules.verify();
    }
}
