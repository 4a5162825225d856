package dev.wharf.returns;

import dev.wharf.account.MerchantId;

/** Every unit is inspected, or a supervisor closed the return. */
public record ReturnProcessed(ReturnId returnId, MerchantId merchant, ReturnStatus from, String actor) implements ReturnEvent {

    @Override
    public ReturnStatus to() {
        return ReturnStatus.PROCESSED;
    }
}
