package dev.wharf.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WritesTogetherTest {

    private final List<List<String>> writes = new ArrayList<>();

    private void record(String row) {
        if (WritesTogether.active()) {
            WritesTogether.collect(this, row, writes::add);
        } else {
            writes.add(List.of(row));
        }
    }

    @Test
    void rows_collected_in_a_block_are_written_together_when_it_ends() {
        WritesTogether.run(() -> {
            record("placed");
            record("allocated");
            assertThat(writes).isEmpty();
        });
        assertThat(writes).containsExactly(List.of("placed", "allocated"));
    }

    @Test
    void outside_a_block_each_row_is_written_at_once() {
        record("shipped");
        assertThat(writes).containsExactly(List.of("shipped"));
    }

    @Test
    void a_block_that_throws_writes_nothing_and_leaves_nothing_for_the_next() {
        assertThatThrownBy(() -> WritesTogether.run(() -> {
            record("placed");
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(WritesTogether.active()).isFalse();

        WritesTogether.run(() -> record("placed again"));
        assertThat(writes).containsExactly(List.of("placed again"));
    }
}
