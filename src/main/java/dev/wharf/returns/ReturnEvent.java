package dev.wharf.returns;

import dev.wharf.account.MerchantId;

/**
 * A change of a return's status, published in the transaction that made it (as {@code OrderEvent}):
 * a listener writing in the same transaction commits with it. One record per target status.
 */
public sealed interface ReturnEvent permits ReturnCreated, ReturnShipped, ReturnReceived, ReturnProcessed, ReturnCancelled {

    ReturnId returnId();

    MerchantId merchant();

    /** The status before; null when the return was just created. */
    ReturnStatus from();

    ReturnStatus to();

    /** Who made the change: an operator's user name, "tenant:&lt;account&gt;", or a process. */
    String actor();

    static ReturnEvent of(ReturnId id, MerchantId merchant, ReturnStatus from, ReturnStatus to, String actor) {
        return switch (to) {
            case CREATED -> new ReturnCreated(id, merchant, actor);
            case SHIPPED -> new ReturnShipped(id, merchant, from, actor);
            case RECEIVED_FOR_PROCESSING -> new ReturnReceived(id, merchant, from, actor);
            case PROCESSED -> new ReturnProcessed(id, merchant, from, actor);
            case CANCELLED -> new ReturnCancelled(id, merchant, from, actor);
        };
    }
}
