package dev.wharf.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.catalog.ProductId;
import dev.wharf.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalLabelsTest {

    private static PackageSpec box(String tracking) {
        return new PackageSpec("S", BigDecimal.ONE, null, null, null, List.of(new PackageView.Item(new ProductId(1), 1)), tracking);
    }

    @Test
    void one_tracking_number_for_a_one_package_order_labels_that_package() {
        var assigned = ExternalLabels.assign(List.of(box(null)), " 1Z999 ");
        assertThat(assigned).singleElement().extracting(PackageSpec::trackingNumber).isEqualTo("1Z999");
    }

    @Test
    void without_an_order_tracking_number_each_package_keeps_its_own() {
        var boxes = List.of(box("A1"), box(null));
        assertThat(ExternalLabels.assign(boxes, null)).isSameAs(boxes);
    }

    @Test
    void one_tracking_number_for_several_packages_is_refused_rather_than_spread_or_dropped() {
        assertThatThrownBy(() -> ExternalLabels.assign(List.of(box(null), box(null)), "1Z999"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("2 packages");
    }

    @Test
    void an_order_tracking_number_that_contradicts_the_packages_own_is_refused() {
        assertThatThrownBy(() -> ExternalLabels.assign(List.of(box("A1")), "B2")).isInstanceOf(InvalidInput.class);
    }
}
