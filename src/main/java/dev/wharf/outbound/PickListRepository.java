package dev.wharf.outbound;

import dev.wharf.catalog.ProductId;
import dev.wharf.warehouse.WarehouseId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class PickListRepository {

    private final JdbcClient jdbc;

    PickListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(WarehouseId warehouse, String actor) {
        long number = jdbc.sql("select nextval('pick_list_number_seq')").query(Long.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into pick_list (number, warehouse_id, status, created_by, created_at) values (:n, :w, 'OPEN', :a, :now)")
                .param("n", "PL " + number).param("w", warehouse.value()).param("a", actor)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertTask(long pickListId, long orderId, long lineId, long balanceId, String section, ProductId product, int quantity) {
        jdbc.sql("""
                insert into pick_task (pick_list_id, order_id, line_id, balance_id, section_code, product_id, quantity, picked, status)
                values (:pl, :o, :l, :b, :s, :p, :q, 0, 'OPEN')""")
                .param("pl", pickListId).param("o", orderId).param("l", lineId).param("b", balanceId).param("s", section)
                .param("p", product.value()).param("q", quantity).update();
    }

    void pick(long taskId, int quantity) {
        jdbc.sql("""
                update pick_task set picked = picked + :q,
                    status = case when picked + :q >= quantity then 'PICKED' else 'OPEN' end
                where id = :id""").param("q", quantity).param("id", taskId).update();
    }

    void shrink(long taskId, int missing) {
        jdbc.sql("""
                update pick_task set quantity = quantity - :m,
                    status = case when picked >= quantity - :m then 'PICKED' else 'OPEN' end
                where id = :id""").param("m", missing).param("id", taskId).update();
    }

    void finishIfDone(long pickListId) {
        jdbc.sql("""
                update pick_list set status = 'DONE' where id = :id
                  and not exists (select 1 from pick_task where pick_list_id = :id and status = 'OPEN')""")
                .param("id", pickListId).update();
    }

    boolean allPicked(long orderId) {
        return jdbc.sql("select count(*) from pick_task where order_id = :o and status = 'OPEN'").param("o", orderId)
                .query(Long.class).single() == 0;
    }

    /** Units picked per product for the order. */
    List<long[]> pickedByProduct(long orderId) {
        return jdbc.sql("select product_id, sum(picked) from pick_task where order_id = :o group by product_id")
                .param("o", orderId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /** Ids of the warehouse's open pick lists, oldest first; at most 50, a floor walks no more at once. */
    List<Long> openIn(WarehouseId warehouse) {
        return jdbc.sql("select id from pick_list where warehouse_id = :w and status = 'OPEN' order by id limit 50")
                .param("w", warehouse.value()).query(Long.class).list();
    }

    Optional<PickListView> find(long id) {
        var tasks = jdbc.sql("""
                select id, order_id, line_id, balance_id, section_code, product_id, quantity, picked, status
                from pick_task where pick_list_id = :id and quantity > 0 order by section_code, product_id, id""")
                .param("id", id)
                .query((rs, n) -> new PickListView.Task(rs.getLong(1), new OrderId(rs.getLong(2)), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), new ProductId(rs.getLong(6)), rs.getInt(7), rs.getInt(8),
                        PickListView.TaskStatus.valueOf(rs.getString(9))))
                .list();
        return jdbc.sql("select id, number, warehouse_id, status from pick_list where id = :id").param("id", id)
                .query((rs, n) -> new PickListView(rs.getLong(1), rs.getString(2), new WarehouseId(rs.getLong(3)),
                        PickListView.Status.valueOf(rs.getString(4)), tasks))
                .optional();
    }
}
