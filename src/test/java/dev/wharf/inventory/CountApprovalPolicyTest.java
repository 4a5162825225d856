package dev.wharf.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.catalog.ProductId;
import dev.wharf.shared.Forbidden;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountApprovalPolicyTest {

    private final CountApprovalPolicy policy = new CountApprovalPolicy(10);

    private static CycleCounts.Line line(int expected, int counted) {
        return new CycleCounts.Line(new ProductId(1), Condition.OK, expected, counted);
    }

    @Test
    void an_operator_approving_a_count_is_forbidden_naming_the_role() {
        assertThatThrownBy(() -> policy.requireApprover(false)).isInstanceOf(Forbidden.class)
                .hasMessageContaining("supervisor").extracting(e -> ((Forbidden) e).field()).isEqualTo("role");
    }

    @Test
    void a_supervisor_may_approve_a_count() {
        assertThatCode(() -> policy.requireApprover(true)).doesNotThrowAnyException();
    }

    @Test
    void an_operator_s_count_off_by_more_than_the_threshold_either_way_waits_for_approval() {
        assertThat(policy.needsApproval(List.of(line(0, 11)), false)).isTrue();
        assertThat(policy.needsApproval(List.of(line(20, 9)), false)).isTrue();
    }

    @Test
    void an_operator_s_count_off_by_the_threshold_or_less_applies_at_once() {
        assertThat(policy.needsApproval(List.of(line(0, 10), line(10, 0)), false)).isFalse();
    }

    @Test
    void a_supervisor_s_count_never_waits() {
        assertThat(policy.needsApproval(List.of(line(0, 100)), true)).isFalse();
    }
}
