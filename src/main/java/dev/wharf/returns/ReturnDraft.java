package dev.wharf.returns;

import dev.wharf.outbound.OrderId;
import java.util.List;

/** A return as the merchant announces it; without a label Wharf issues one, which needs the source address. */
public record ReturnDraft(String rma, String externalReturnId, List<Item> items, ReturnAddress sourceAddress, ReturnLabel externalLabel,
                          OrderId orderId) {

    public ReturnDraft {
        items = List.copyOf(items);
    }

    public record Item(String identifier, IdentifierType type, int quantity) {
    }
}
