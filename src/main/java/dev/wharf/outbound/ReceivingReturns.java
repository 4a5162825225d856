package dev.wharf.outbound;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.inventory.Condition;
import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.MovementType;
import dev.wharf.inventory.StockKey;
import dev.wharf.inventory.StockReference;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units coming back from a customer: restocked when good, kept apart when damaged (RETURN movements). */
@Service
public class ReceivingReturns {

    private final OrderReader reader;
    private final Inventory inventory;
    private final Warehouses warehouses;

    ReceivingReturns(OrderReader reader, Inventory inventory, Warehouses warehouses) {
        this.reader = reader;
        this.inventory = inventory;
        this.warehouses = warehouses;
    }

    @Transactional
    public void receive(WarehouseId warehouse, OrderId orderId, MerchantId merchant, ProductId product, int good, int damaged,
                        String section, String actor) {
        if (good < 0 || damaged < 0 || good + damaged == 0) {
            throw new InvalidInput("good", "return at least one unit, good or damaged, and no negative counts");
        }
        StockReference reference = null;
        if (orderId != null) {
            var order = reader.read(orderId.value()).filter(o -> o.warehouse().equals(warehouse))
                    .orElseThrow(() -> new NotFound("orderId", "order " + orderId.value() + " not found"));
            if (order.lines().stream().noneMatch(l -> l.product().equals(product))) {
                throw new InvalidInput("product", "order " + order.number() + " did not ship product " + product.value());
            }
            reference = StockReference.order(orderId.value());
        }
        if (good > 0) {
            putBack(warehouse, merchant, product, section, Condition.OK, good, reference, actor);
        }
        if (damaged > 0) {
            putBack(warehouse, merchant, product, section, Condition.DAMAGED, damaged, reference, actor);
        }
    }

    /**
     * Returned units into a section of the warehouse with one RETURN ledger row: ok units are
     * sellable again (reason RETURN), damaged ones are kept apart (reason DAMAGED). Answers the section.
     */
    @Transactional
    public dev.wharf.warehouse.StorageSectionId putBack(WarehouseId warehouse, MerchantId merchant, ProductId product, String section,
                                                       Condition condition, int quantity, StockReference reference, String actor) {
        var sectionId = warehouses.section(warehouse, section);
        var key = new StockKey(merchant, warehouse, product, sectionId, condition, "Box");
        inventory.add(key, quantity, MovementType.RETURN, reference, condition == Condition.OK ? "RETURN" : "DAMAGED", actor);
        return sectionId;
    }
}
