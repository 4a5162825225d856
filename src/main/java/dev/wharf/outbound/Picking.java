package dev.wharf.outbound;

import dev.wharf.catalog.ProductId;
import dev.wharf.inventory.AdjustmentReason;
import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.Reservation;
import dev.wharf.inventory.StockDemand;
import dev.wharf.inventory.StockReference;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.util.HashMap;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pick lists: one walk for one or many allocated orders, ordered by section. Making the list
 * starts picking (after which the orders can no longer be cancelled). A short pick writes off
 * the missing units and re-allocates them from elsewhere, or flags the order.
 */
@Service
public class Picking {

    private final PickListRepository lists;
    private final OrderRepository orders;
    private final OrderReader reader;
    private final Inventory inventory;
    private final Warehouses warehouses;
    private final ApplicationEventPublisher events;

    Picking(PickListRepository lists, OrderRepository orders, OrderReader reader, Inventory inventory, Warehouses warehouses,
            ApplicationEventPublisher events) {
        this.lists = lists;
        this.orders = orders;
        this.reader = reader;
        this.inventory = inventory;
        this.warehouses = warehouses;
        this.events = events;
    }

    @Transactional
    public PickListView create(WarehouseId warehouse, List<OrderId> orderIds, String actor) {
        if (orderIds == null || orderIds.isEmpty()) {
            throw new InvalidInput("orderIds", "at least one order is required");
        }
        if (orderIds.stream().distinct().count() != orderIds.size()) {
            throw new InvalidInput("orderIds", "an order appears twice");
        }
        long listId = lists.insert(warehouse, actor);
        for (int i = 0; i < orderIds.size(); i++) {
            var id = orderIds.get(i);
            var order = reader.read(id.value()).filter(o -> o.warehouse().equals(warehouse))
                    .orElseThrow(() -> new NotFound("orderIds", "order " + id.value() + " not found"));
            var state = orders.lock(id.value());
            var previous = state.startPicking();
            for (var held : inventory.reservations(StockReference.order(id.value()))) {
                addTask(listId, order, held);
            }
            orders.updateStatus(id.value(), state.status());
            orders.markPickingStarted(id.value());
            events.publishEvent(OrderEvent.of(id, previous, state.status(), actor));
        }
        return lists.find(listId).orElseThrow();
    }

    public PickListView require(WarehouseId warehouse, long pickListId) {
        return lists.find(pickListId).filter(l -> l.warehouse().equals(warehouse))
                .orElseThrow(() -> new NotFound("pickList", "pick list " + pickListId + " not found"));
    }

    /** The warehouse's pick lists still being walked, oldest first. */
    public List<PickListView> open(WarehouseId warehouse) {
        return lists.openIn(warehouse).stream().map(id -> lists.find(id).orElseThrow()).toList();
    }

    /** Confirms units picked: the scan of a section and a product, for the first open tasks that match. */
    @Transactional
    public PickListView confirm(WarehouseId warehouse, long pickListId, String section, ProductId product, int quantity, String actor) {
        if (quantity <= 0) {
            throw new InvalidInput("quantity", "must be greater than 0");
        }
        var list = require(warehouse, pickListId);
        var open = list.tasks().stream()
                .filter(t -> t.status() == PickListView.TaskStatus.OPEN && t.section().equals(section) && t.product().equals(product))
                .toList();
        int remaining = open.stream().mapToInt(PickListView.Task::remaining).sum();
        if (open.isEmpty()) {
            throw new InvalidInput("section", "nothing to pick of product " + product.value() + " in " + section + " on this list");
        }
        if (quantity > remaining) {
            throw new InvalidInput("quantity", "only " + remaining + " units of product " + product.value() + " are to be picked in " + section);
        }
        int left = quantity;
        for (var task : open) {
            int take = Math.min(left, task.remaining());
            lists.pick(task.id(), take);
            left -= take;
            if (left == 0) {
                break;
            }
        }
        lists.finishIfDone(pickListId);
        return lists.find(pickListId).orElseThrow();
    }

    /**
     * The picker found fewer units than the task asks: the missing ones are written off as LOST
     * and the line is re-allocated from other stock; if there is none, the order is flagged.
     */
    @Transactional
    public PickListView shortPick(WarehouseId warehouse, long pickListId, long taskId, int found, String actor) {
        return shortPick(warehouse, pickListId, taskId, found, AdjustmentReason.LOST, actor);
    }

    /** Only these say why units the list expected are not there: not found, or found but unsellable. */
    public static final java.util.Set<AdjustmentReason> SHORT_PICK_REASONS = java.util.EnumSet.of(AdjustmentReason.LOST,
            AdjustmentReason.DAMAGED);

    /** A short pick whose missing units are written off for the reason the picker gave (LOST or DAMAGED). */
    @Transactional
    public PickListView shortPick(WarehouseId warehouse, long pickListId, long taskId, int found, AdjustmentReason reason, String actor) {
        if (reason == null || !SHORT_PICK_REASONS.contains(reason)) {
            throw new InvalidInput("reason", "a short pick's reason is one of " + SHORT_PICK_REASONS);
        }
        var list = require(warehouse, pickListId);
        var task = list.tasks().stream().filter(t -> t.id() == taskId).findFirst()
                .orElseThrow(() -> new NotFound("taskId", "task " + taskId + " not on pick list " + pickListId));
        if (found < 0 || found >= task.remaining()) {
            throw new InvalidInput("found", "a short pick finds 0 to " + (task.remaining() - 1) + " units");
        }
        if (found > 0) {
            lists.pick(task.id(), found);
        }
        int missing = task.remaining() - found;
        var reference = StockReference.order(task.order().value());
        inventory.writeOffReserved(reference, task.stockRow(), missing, reason.name(), actor);
        lists.shrink(task.id(), missing);

        var order = reader.require(task.order().value());
        var before = held(reference);
        int replaced = inventory.reserveUpTo(reference, order.merchant(), order.warehouse(),
                new StockDemand(0, task.lineId(), task.product(), null, missing), actor);
        for (var entry : held(reference).entrySet()) {
            int added = entry.getValue() - before.getOrDefault(entry.getKey(), 0);
            if (added > 0) {
                addTask(pickListId, order, new Reservation(entry.getKey(), task.lineId(), added));
            }
        }
        if (replaced < missing) {
            orders.markError(task.order().value(), HoldReason.SHORT_PICK, (missing - replaced) + " units of product "
                    + task.product().value() + " could not be found or replaced");
        }
        lists.finishIfDone(pickListId);
        return lists.find(pickListId).orElseThrow();
    }

    boolean allPicked(OrderId order) {
        return lists.allPicked(order.value());
    }

    private java.util.Map<Long, Integer> held(StockReference reference) {
        var byRow = new HashMap<Long, Integer>();
        inventory.reservations(reference).forEach(r -> byRow.merge(r.balanceId(), r.quantity(), Integer::sum));
        return byRow;
    }

    private void addTask(long listId, OrderView order, Reservation held) {
        var balance = inventory.balance(held.balanceId()).orElseThrow();
        lists.insertTask(listId, order.id().value(), held.lineId(), held.balanceId(), warehouses.sectionCode(balance.section()),
                balance.product(), held.quantity());
    }

    static RuleViolation notPicked(OrderId id) {
        return new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "order", "order " + id.value() + " is not fully picked");
    }

}
