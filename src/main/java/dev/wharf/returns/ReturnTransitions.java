package dev.wharf.returns;

import dev.wharf.account.MerchantId;
import dev.wharf.shared.TimeSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes a status change and publishes its event in the same transaction: the one way a return's status moves. */
@Component
class ReturnTransitions {

    private final ReturnRepository repository;
    private final ApplicationEventPublisher events;
    private final TimeSource time;

    ReturnTransitions(ReturnRepository repository, ApplicationEventPublisher events, TimeSource time) {
        this.repository = repository;
        this.events = events;
        this.time = time;
    }

    void created(ReturnId id, MerchantId merchant, String actor) {
        events.publishEvent(ReturnEvent.of(id, merchant, null, ReturnStatus.CREATED, actor));
    }

    void move(CustomerReturn r, ReturnStatus from, ReturnStatus to, String actor) {
        repository.moveTo(r.id().value(), to, time.now());
        events.publishEvent(ReturnEvent.of(r.id(), r.merchant(), from, to, actor));
    }
}
