package dev.wharf.returns;

import dev.wharf.account.MerchantId;

/** The merchant announced a return. */
public record ReturnCreated(ReturnId returnId, MerchantId merchant, String actor) implements ReturnEvent {

    @Override
    public ReturnStatus from() {
        return null;
    }

    @Override
    public ReturnStatus to() {
        return ReturnStatus.CREATED;
    }
}
