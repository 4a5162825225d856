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
        var sectionId = warehouses.section(warehouse, section);
        var key = new StockKey(merchant, warehouse, product, sectionId, Condition.OK, "Box");
        if (good > 0) {
            inventory.add(key, good, MovementType.RETURN, reference, "RETURN", actor);
        }
        if (damaged > 0) {
            inventory.add(key.as(Condition.DAMAGED), damaged, MovementType.RETURN, reference, "DAMAGED", actor);
        }
    }
}
