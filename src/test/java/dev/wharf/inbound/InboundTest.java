package dev.wharf.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.shared.RuleViolation;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The inbound's state machine on its own. */
class InboundTest {

    private static Inbound inbound(InboundStatus status) {
        return new Inbound(3, status);
    }

    @Test
    void an_inbound_arrives_is_received_in_parts_and_closes() {
        var inbound = inbound(InboundStatus.NEW);
        assertThat(inbound.arrived()).isEqualTo(InboundStatus.NEW);
        assertThat(inbound.received(false)).isEqualTo(InboundStatus.ARRIVED);
        assertThat(inbound.status()).isEqualTo(InboundStatus.RECEIVING);
        assertThat(inbound.received(true)).isEqualTo(InboundStatus.RECEIVING);
        assertThat(inbound.status()).isEqualTo(InboundStatus.RECEIVED);
        assertThat(inbound.close()).isEqualTo(InboundStatus.RECEIVED);
        assertThat(inbound.status()).isEqualTo(InboundStatus.CLOSED);
    }

    @Test
    void an_over_receipt_after_everything_came_in_keeps_it_received() {
        var inbound = inbound(InboundStatus.RECEIVED);
        inbound.received(false);
        assertThat(inbound.status()).isEqualTo(InboundStatus.RECEIVED);
    }

    @Test
    void only_a_new_inbound_can_be_revised_or_cancelled() {
        inbound(InboundStatus.NEW).revise();
        var cancelled = inbound(InboundStatus.NEW);
        assertThat(cancelled.cancel()).isEqualTo(InboundStatus.NEW);
        assertThat(cancelled.status()).isEqualTo(InboundStatus.CANCELLED);
        for (var status : EnumSet.complementOf(EnumSet.of(InboundStatus.NEW))) {
            assertThatThrownBy(inbound(status)::revise).as(status.name()).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("only while it is new");
            assertThatThrownBy(inbound(status)::cancel).as(status.name()).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void a_cancelled_or_closed_inbound_receives_nothing() {
        for (var status : EnumSet.of(InboundStatus.CANCELLED, InboundStatus.CLOSED)) {
            var inbound = inbound(status);
            assertThatThrownBy(() -> inbound.received(true)).as(status.name()).isInstanceOf(RuleViolation.class);
            assertThat(inbound.status()).isEqualTo(status);
        }
    }

    @Test
    void only_a_new_or_in_transit_inbound_can_arrive() {
        assertThat(inbound(InboundStatus.IN_TRANSIT).arrived()).isEqualTo(InboundStatus.IN_TRANSIT);
        for (var status : EnumSet.of(InboundStatus.ARRIVED, InboundStatus.RECEIVING, InboundStatus.RECEIVED, InboundStatus.CLOSED,
                InboundStatus.CANCELLED)) {
            assertThatThrownBy(inbound(status)::arrived).as(status.name()).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void an_inbound_that_never_arrived_cannot_be_closed() {
        for (var status : EnumSet.of(InboundStatus.NEW, InboundStatus.IN_TRANSIT, InboundStatus.CLOSED, InboundStatus.CANCELLED)) {
            assertThatThrownBy(inbound(status)::close).as(status.name()).isInstanceOf(RuleViolation.class);
        }
        assertThat(inbound(InboundStatus.ARRIVED).close()).isEqualTo(InboundStatus.ARRIVED);
    }
}
