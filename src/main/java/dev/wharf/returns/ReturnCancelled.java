package dev.wharf.returns;

import dev.wharf.account.MerchantId;

/** The merchant cancelled the return before the warehouse had it. */
public record ReturnCancelled(ReturnId returnId, MerchantId merchant, ReturnStatus from, String actor) implements ReturnEvent {

    @Override
    public ReturnStatus to() {
        return ReturnStatus.CANCELLED;
    }
}
