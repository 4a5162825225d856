package dev.wharf.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

class ConstraintRefusalTest {

    private static ConstraintRefusal refusal(String sqlState) {
        return ConstraintRefusal.of(new DataIntegrityViolationException("insert failed",
                new SQLException("Unique index or primary key violation: \"PUBLIC.UQ_X ON PUBLIC.PRODUCT(SKU)\"", sqlState)));
    }

    @Test
    void a_unique_violation_is_a_conflict_because_the_duplicate_is_real() {
        var refusal = refusal("23505");
        assertThat(refusal.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refusal.code()).isEqualTo(ErrorCode.DUPLICATE);
    }

    @Test
    void not_null_foreign_key_check_and_value_violations_are_bad_requests() {
        for (var state : new String[] {"23502", "23503", "23506", "23513", "23514", "22001", "22003", "22008"}) {
            assertThat(refusal(state).status()).as(state).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refusal(state).code()).as(state).isEqualTo(ErrorCode.INVALID_INPUT);
        }
    }

    @Test
    void the_drivers_message_is_never_the_answer() {
        for (var state : new String[] {"23505", "23502", "22001", "40001"}) {
            assertThat(refusal(state).problem()).as(state).doesNotContain("PUBLIC").doesNotContain("UQ_X").doesNotContain("violation");
        }
    }

    @Test
    void an_unclassified_state_stays_a_generic_conflict() {
        assertThat(refusal("40001").status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refusal("40001").field()).isNull();
    }
}
