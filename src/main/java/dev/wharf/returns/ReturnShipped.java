package dev.wharf.returns;

import dev.wharf.account.MerchantId;

/** The parcel is on its way back (or arrived without a shipping scan). */
public record ReturnShipped(ReturnId returnId, MerchantId merchant, ReturnStatus from, String actor) implements ReturnEvent {

    @Override
    public ReturnStatus to() {
        return ReturnStatus.SHIPPED;
    }
}
