package dev.wharf.inbound;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.warehouse.WarehouseId;
import java.util.List;

/** An inbound as read: its number, status and each line's progress. */
public record InboundView(InboundId id, String number, MerchantId merchant, WarehouseId warehouse, InboundStatus status,
                          List<Package> packages) {

    public record Package(long id, String carrierName, String trackNumber, List<Line> lines) {
    }

    public record Line(long id, ProductId product, int expected, int good, int damaged, int stocked) {
    }
}
