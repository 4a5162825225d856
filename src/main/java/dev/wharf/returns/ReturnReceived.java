package dev.wharf.returns;

import dev.wharf.account.MerchantId;

/** The warehouse has the parcel; inspection may start. */
public record ReturnReceived(ReturnId returnId, MerchantId merchant, ReturnStatus from, String actor) implements ReturnEvent {

    @Override
    public ReturnStatus to() {
        return ReturnStatus.RECEIVED_FOR_PROCESSING;
    }
}
