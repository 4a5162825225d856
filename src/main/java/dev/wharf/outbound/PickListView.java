package dev.wharf.outbound;

import dev.wharf.catalog.ProductId;
import dev.wharf.warehouse.WarehouseId;
import java.util.List;

/** One walk through the warehouse: tasks ordered by section, each for one order line's units in one place. */
public record PickListView(long id, String number, WarehouseId warehouse, Status status, List<Task> tasks) {

    public enum Status { OPEN, DONE }

    public record Task(long id, OrderId order, long lineId, long stockRow, String section, ProductId product, int quantity,
                       int picked, TaskStatus status) {

        public int remaining() {
            return quantity - picked;
        }
    }

    public enum TaskStatus { OPEN, PICKED }
}
