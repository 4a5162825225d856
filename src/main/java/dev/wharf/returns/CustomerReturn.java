package dev.wharf.returns;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.outbound.OrderId;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.WarehouseId;
import java.time.Instant;
import java.util.List;

/**
 * A return and its rules. The methods only decide (which statuses a step passes through, which
 * line a unit belongs to); {@link Returns} writes what they decide, so the rules test without a database.
 */
public record CustomerReturn(ReturnId id, MerchantId merchant, WarehouseId warehouse, OrderId order, String rma, String externalReturnId,
                             ReturnStatus status, ReturnAddress sourceAddress, ReturnLabel label, List<Item> items, Instant createdAt,
                             Instant shippedAt, Instant receivedAt, Instant inspectedAt) {

    public CustomerReturn {
        items = List.copyOf(items);
    }

    /** One announced line and the units inspected for it so far. */
    public record Item(long id, String identifier, IdentifierType type, ProductId product, int expectedQuantity,
                       List<Inspection> inspections) {

        public Item {
            inspections = List.copyOf(inspections);
        }

        int uninspected() {
            return expectedQuantity - inspections.size();
        }
    }

    public record Inspection(UnitCondition receivedCondition, UnitCondition finalCondition, Disposition disposition,
                             Instant inspectedAt, String actor) {
    }

    /** The statuses a receipt at the dock moves the return through: a parcel that arrives was shipped. */
    public List<ReturnStatus> receipt() {
        return switch (status) {
            case CREATED -> List.of(ReturnStatus.SHIPPED, ReturnStatus.RECEIVED_FOR_PROCESSING);
            case SHIPPED -> List.of(ReturnStatus.RECEIVED_FOR_PROCESSING);
            case RECEIVED_FOR_PROCESSING, PROCESSED -> throw refused("was already received");
            case CANCELLED -> throw refused("was cancelled; it cannot be received");
        };
    }

    /** Whether cancelling changes anything: false when already cancelled; refused once the warehouse has the parcel. */
    public boolean cancellation() {
        return switch (status) {
            case CREATED, SHIPPED -> true;
            case CANCELLED -> false;
            case RECEIVED_FOR_PROCESSING, PROCESSED -> throw refused("was received; it can no longer be cancelled");
        };
    }

    /** The line an inspected unit of this product counts against: the first with units still to inspect. */
    public Item lineFor(ProductId product) {
        requireStatus(ReturnStatus.RECEIVED_FOR_PROCESSING, "be inspected");
        var lines = items.stream().filter(i -> i.product().equals(product)).toList();
        if (lines.isEmpty()) {
            throw new InvalidInput("product", "return " + id.value() + " has no line for product " + product.value());
        }
        return lines.stream().filter(i -> i.uninspected() > 0).findFirst()
                .orElseThrow(() -> new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "product",
                        "every unit of product " + product.value() + " in return " + id.value() + " is already inspected"));
    }

    /** Units expected and not inspected yet; the return is processed when the last is inspected. */
    public int uninspected() {
        return items.stream().mapToInt(Item::uninspected).sum();
    }

    /** A supervisor may close a received return whatever is left to inspect (units that never came). */
    public void requireClosable() {
        requireStatus(ReturnStatus.RECEIVED_FOR_PROCESSING, "be closed");
    }

    private void requireStatus(ReturnStatus needed, String what) {
        if (status != needed) {
            throw refused("is " + status + "; only a return " + needed + " can " + what);
        }
    }

    private RuleViolation refused(String why) {
        return new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "returnId", "return " + id.value() + " " + why);
    }
}
