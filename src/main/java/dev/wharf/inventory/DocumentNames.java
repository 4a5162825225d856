package dev.wharf.inventory;

import dev.wharf.account.MerchantId;
import java.util.Map;
import java.util.Set;

/**
 * Names the documents stock movements refer to. The module that owns a kind of document (orders,
 * inbounds) implements it, so the inventory can report movements with their documents' external
 * ids without reading another module's tables, and with one query per kind of document.
 */
public interface DocumentNames {

    /** The {@link StockReference#type()} this module's documents carry ("ORDER", "INBOUND"). */
    String referenceType();

    /** The external id (as the client sent it) of each of the merchants' documents that has one, by document id. */
    Map<Long, String> externalIds(Set<MerchantId> merchants, Set<Long> documentIds);
}
