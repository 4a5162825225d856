package dev.wharf.returns;

import dev.wharf.account.MerchantId;
import dev.wharf.catalog.ProductId;
import dev.wharf.outbound.OrderId;
import dev.wharf.warehouse.StorageSectionId;
import dev.wharf.warehouse.WarehouseId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReturnRepository {

    private final JdbcClient jdbc;

    ReturnRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A line resolved to its product. */
    record NewItem(String identifier, IdentifierType type, ProductId product, int quantity) {
    }

    long insert(MerchantId merchant, WarehouseId warehouse, OrderId order, String rma, String externalReturnId, ReturnAddress a,
                ReturnLabel label, boolean wharfLabel, List<NewItem> items, Instant now) {
        var address = a == null ? new ReturnAddress(null, null, null, null, null, null, null, null, null, null, null) : a;
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into customer_return (merchant_id, warehouse_id, order_id, rma, external_return_id, status, src_name, src_company,
                    src_street1, src_street2, src_city, src_zip, src_state, src_country, src_phone, src_email, src_residential, carrier,
                    tracking_code, tracking_url, label_url, wharf_label, created_at)
                values (:m, :w, :o, :rma, :ext, 'CREATED', :name, :company, :street1, :street2, :city, :zip, :state, :country, :phone,
                    :email, :residential, :carrier, :tracking, :trackingUrl, :labelUrl, :wharf, :now)""")
                .param("m", merchant.value()).param("w", warehouse.value()).param("o", order == null ? null : order.value())
                .param("rma", rma).param("ext", externalReturnId).param("name", address.name()).param("company", address.company())
                .param("street1", address.street1()).param("street2", address.street2()).param("city", address.city())
                .param("zip", address.zip()).param("state", address.state()).param("country", address.country())
                .param("phone", address.phone()).param("email", address.email()).param("residential", address.isResidential())
                .param("carrier", label.carrier()).param("tracking", label.trackingCode()).param("trackingUrl", label.trackingUrl())
                .param("labelUrl", label.labelUrl()).param("wharf", wharfLabel).param("now", utc(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            jdbc.sql("""
                    insert into customer_return_item (return_id, position, identifier, identifier_type, product_id, expected_quantity)
                    values (:r, :p, :i, :t, :product, :q)""")
                    .param("r", id).param("p", i).param("i", item.identifier()).param("t", item.type().name())
                    .param("product", item.product().value()).param("q", item.quantity()).update();
        }
        return id;
    }

    boolean externalIdTaken(MerchantId merchant, String externalReturnId) {
        return jdbc.sql("select count(*) from customer_return where merchant_id = :m and external_return_id = :e")
                .param("m", merchant.value()).param("e", externalReturnId).query(Long.class).single() > 0;
    }

    /** Locks the return's row until the transaction ends, so two floor scans of one unit cannot both count. */
    void lock(long id) {
        jdbc.sql("select id from customer_return where id = :id for update").param("id", id).query(Long.class).optional();
    }

    Optional<CustomerReturn> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** The returns with these ids, in id order, with their items: three statements however many there are. */
    List<CustomerReturn> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = jdbc.sql("select * from customer_return where id in (:ids) order by id").param("ids", List.copyOf(ids))
                .query(this::row).list();
        if (found.isEmpty()) {
            return found;
        }
        var items = items(ids);
        return found.stream().map(r -> withItems(r, items.getOrDefault(r.id().value(), List.of()))).toList();
    }

    /** Ids of the merchant's returns after a cursor, oldest first, filtered as the list call asks. */
    List<Long> page(MerchantId merchant, String externalReturnId, String rma, String trackingCode, List<ReturnStatus> statuses,
                    long afterId, int limit) {
        var sql = new StringBuilder("select id from customer_return where merchant_id = :m and id > :after");
        var params = new java.util.HashMap<String, Object>(Map.of("m", merchant.value(), "after", afterId, "limit", limit));
        if (externalReturnId != null) {
            sql.append(" and external_return_id = :ext");
            params.put("ext", externalReturnId);
        }
        if (rma != null) {
            sql.append(" and rma = :rma");
            params.put("rma", rma);
        }
        if (trackingCode != null) {
            sql.append(" and tracking_code = :tracking");
            params.put("tracking", trackingCode);
        }
        if (!statuses.isEmpty()) {
            sql.append(" and status in (:statuses)");
            params.put("statuses", statuses.stream().map(Enum::name).toList());
        }
        sql.append(" order by id limit :limit");
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
    }

    /** Returns in the warehouse that an RMA or a tracking number names. */
    List<Long> inWarehouse(WarehouseId warehouse, String column, String value) {
        var where = switch (column) {
            case "rma" -> "rma";
            case "tracking" -> "tracking_code";
            default -> throw new IllegalArgumentException(column);
        };
        return jdbc.sql("select id from customer_return where warehouse_id = :w and " + where + " = :v order by id")
                .param("w", warehouse.value()).param("v", value).query(Long.class).list();
    }

    void moveTo(long id, ReturnStatus status, Instant at) {
        var column = switch (status) {
            case SHIPPED -> "shipped_at";
            case RECEIVED_FOR_PROCESSING -> "received_at";
            case PROCESSED -> "inspected_at";
            case CANCELLED -> "cancelled_at";
            case CREATED -> throw new IllegalArgumentException("a return is created once");
        };
        jdbc.sql("update customer_return set status = :s, " + column + " = :at where id = :id")
                .param("s", status.name()).param("at", utc(at)).param("id", id).update();
    }

    void insertInspection(long returnId, long itemId, UnitCondition received, UnitCondition finalCondition, Disposition disposition,
                          StorageSectionId section, Instant at, String actor) {
        jdbc.sql("""
                insert into customer_return_inspection (return_id, item_id, received_condition, final_condition, disposition, section_id,
                    inspected_at, actor)
                values (:r, :i, :rc, :fc, :d, :s, :at, :actor)""")
                .param("r", returnId).param("i", itemId).param("rc", received.name()).param("fc", finalCondition.name())
                .param("d", disposition.name()).param("s", section == null ? null : section.value()).param("at", utc(at))
                .param("actor", actor).update();
    }

    /** Each return's items in position order, each with its inspections, for many returns in two reads. */
    private Map<Long, List<CustomerReturn.Item>> items(java.util.Collection<Long> returnIds) {
        var ids = List.copyOf(returnIds);
        var inspections = new java.util.HashMap<Long, List<CustomerReturn.Inspection>>();
        jdbc.sql("""
                select item_id, received_condition, final_condition, disposition, inspected_at, actor
                from customer_return_inspection where return_id in (:r) order by id""").param("r", ids)
                .query((rs, n) -> {
                    inspections.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CustomerReturn.Inspection(
                            UnitCondition.valueOf(rs.getString(2)), UnitCondition.valueOf(rs.getString(3)),
                            Disposition.valueOf(rs.getString(4)), instant(rs, "inspected_at"), rs.getString(6)));
                    return 0;
                }).list();
        var items = new java.util.HashMap<Long, List<CustomerReturn.Item>>();
        jdbc.sql("""
                select id, identifier, identifier_type, product_id, expected_quantity, return_id
                from customer_return_item where return_id in (:r) order by return_id, position""").param("r", ids)
                .query(rs -> {
                    items.computeIfAbsent(rs.getLong(6), k -> new ArrayList<>()).add(new CustomerReturn.Item(rs.getLong(1), rs.getString(2),
                            IdentifierType.valueOf(rs.getString(3)), new ProductId(rs.getLong(4)), rs.getInt(5),
                            inspections.getOrDefault(rs.getLong(1), List.of())));
                });
        return items;
    }

    private CustomerReturn row(ResultSet rs, int n) throws SQLException {
        var address = rs.getString("src_street1") == null ? null : new ReturnAddress(rs.getString("src_name"),
                rs.getString("src_company"), rs.getString("src_street1"), rs.getString("src_street2"), rs.getString("src_city"),
                rs.getString("src_zip"), rs.getString("src_state"), rs.getString("src_country"), rs.getString("src_phone"),
                rs.getString("src_email"), (Boolean) rs.getObject("src_residential"));
        long order = rs.getLong("order_id");
        boolean noOrder = rs.wasNull();
        return new CustomerReturn(new ReturnId(rs.getLong("id")), new MerchantId(rs.getLong("merchant_id")),
                new WarehouseId(rs.getLong("warehouse_id")), noOrder ? null : new OrderId(order), rs.getString("rma"),
                rs.getString("external_return_id"), ReturnStatus.valueOf(rs.getString("status")), address,
                new ReturnLabel(rs.getString("carrier"), rs.getString("tracking_code"), rs.getString("tracking_url"),
                        rs.getString("label_url")), List.of(), instant(rs, "created_at"), instant(rs, "shipped_at"),
                instant(rs, "received_at"), instant(rs, "inspected_at"));
    }

    private static CustomerReturn withItems(CustomerReturn r, List<CustomerReturn.Item> items) {
        return new CustomerReturn(r.id(), r.merchant(), r.warehouse(), r.order(), r.rma(), r.externalReturnId(), r.status(),
                r.sourceAddress(), r.label(), items, r.createdAt(), r.shippedAt(), r.receivedAt(), r.inspectedAt());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
