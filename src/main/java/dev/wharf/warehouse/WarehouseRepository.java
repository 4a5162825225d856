package dev.wharf.warehouse;

import dev.wharf.shared.Keyset;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class WarehouseRepository {

    private final JdbcClient jdbc;

    WarehouseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Warehouse insert(NewWarehouse w) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into warehouse (code, name, address_line1, address_line2, city, state, postal, country_code,
                    phone, email, default_currency, timezone, cutoff_time, working_days, created_at)
                values (:code, :name, :line1, :line2, :city, :state, :postal, :country,
                    :phone, :email, :currency, :timezone, :cutoff, :days, :now)""")
                .param("code", w.code()).param("name", w.name())
                .param("line1", w.address().line1()).param("line2", w.address().line2())
                .param("city", w.address().city()).param("state", w.address().state())
                .param("postal", w.address().postal()).param("country", w.address().countryCode())
                .param("phone", w.phone()).param("email", w.email())
                .param("currency", w.defaultCurrency()).param("timezone", w.timezone().getId())
                .param("cutoff", w.cutoffTime()).param("days", encodeDays(w.workingDays()))
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return findById(keys.getKey().longValue()).orElseThrow();
    }

    List<Warehouse> findAll() {
        return jdbc.sql("select * from warehouse order by id").query(WarehouseRepository::map).list();
    }

    List<Warehouse> findAll(Keyset page) {
        return jdbc.sql("select * from warehouse where id > :after order by id limit :limit")
                .param("after", page.after()).param("limit", page.limit()).query(WarehouseRepository::map).list();
    }

    Optional<Warehouse> findById(long id) {
        return jdbc.sql("select * from warehouse where id = :id").param("id", id).query(WarehouseRepository::map).optional();
    }

    Optional<Warehouse> findByCode(String code) {
        return jdbc.sql("select * from warehouse where code = :code").param("code", code).query(WarehouseRepository::map).optional();
    }

    ServicePlanItem insertServicePlanItem(WarehouseId warehouseId, String name, BigDecimal price, ServicePlanItem.Type type) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into service_plan_item (warehouse_id, name, price, type, active, created_at)
                values (:warehouse, :name, :price, :type, true, :now)""")
                .param("warehouse", warehouseId.value()).param("name", name).param("price", price)
                .param("type", type.name()).param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return findServicePlanItem(keys.getKey().longValue()).orElseThrow();
    }

    List<ServicePlanItem> findServicePlanItems(long warehouseId, Keyset page) {
        return jdbc.sql("select * from service_plan_item where warehouse_id = :w and active and id > :after order by id limit :limit")
                .param("w", warehouseId).param("after", page.after()).param("limit", page.limit())
                .query(WarehouseRepository::mapItem).list();
    }

    Optional<ServicePlanItem> findServicePlanItem(long id) {
        return jdbc.sql("select * from service_plan_item where id = :id").param("id", id)
                .query(WarehouseRepository::mapItem).optional();
    }

    Optional<StorageSectionId> findSection(long warehouseId, String code) {
        return jdbc.sql("select id from storage_section where warehouse_id = :w and code = :code")
                .param("w", warehouseId).param("code", code)
                .query((rs, n) -> new StorageSectionId(rs.getLong(1))).optional();
    }

    Optional<StorageSection> findSectionRow(long warehouseId, String code) {
        return jdbc.sql("select id, warehouse_id, code, kind from storage_section where warehouse_id = :w and code = :code")
                .param("w", warehouseId).param("code", code)
                .query(WarehouseRepository::mapSection).optional();
    }

    List<StorageSection> sections(long warehouseId, String afterCode, int limit) {
        return jdbc.sql("""
                select id, warehouse_id, code, kind from storage_section where warehouse_id = :w and code > :after
                order by code limit :limit""")
                .param("w", warehouseId).param("after", afterCode == null ? "" : afterCode).param("limit", limit)
                .query(WarehouseRepository::mapSection).list();
    }

    StorageSectionId insertSection(long warehouseId, String code, StorageSection.Kind kind) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into storage_section (warehouse_id, code, kind, created_at) values (:w, :code, :kind, :now)")
                .param("w", warehouseId).param("code", code).param("kind", kind.name())
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return new StorageSectionId(keys.getKey().longValue());
    }

    String sectionCode(long sectionId) {
        return jdbc.sql("select code from storage_section where id = :id").param("id", sectionId).query(String.class).single();
    }

    java.util.Map<Long, String> sectionCodes(java.util.Collection<Long> sectionIds) {
        var codes = new java.util.HashMap<Long, String>();
        if (!sectionIds.isEmpty()) {
            jdbc.sql("select id, code from storage_section where id in (:ids)").param("ids", List.copyOf(sectionIds))
                    .query(rs -> {
                        codes.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return codes;
    }

    private static Warehouse map(ResultSet rs, int row) throws SQLException {
        return new Warehouse(
                new WarehouseId(rs.getLong("id")),
                rs.getString("code"),
                rs.getString("name"),
                new Warehouse.Address(rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("city"),
                        rs.getString("state"), rs.getString("postal"), rs.getString("country_code")),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("default_currency"),
                ZoneId.of(rs.getString("timezone")),
                rs.getObject("cutoff_time", LocalTime.class),
                decodeDays(rs.getString("working_days")));
    }

    private static StorageSection mapSection(ResultSet rs, int row) throws SQLException {
        return new StorageSection(new StorageSectionId(rs.getLong(1)), new WarehouseId(rs.getLong(2)), rs.getString(3),
                StorageSection.Kind.valueOf(rs.getString(4)));
    }

    private static ServicePlanItem mapItem(ResultSet rs, int row) throws SQLException {
        return new ServicePlanItem(rs.getLong("id"), new WarehouseId(rs.getLong("warehouse_id")), rs.getString("name"),
                rs.getBigDecimal("price"), ServicePlanItem.Type.valueOf(rs.getString("type")));
    }

    private static String encodeDays(java.util.Set<DayOfWeek> days) {
        return days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    private static java.util.Set<DayOfWeek> decodeDays(String days) {
        var set = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(days.split(",")).filter(s -> !s.isBlank()).map(DayOfWeek::valueOf).forEach(set::add);
        return set;
    }
}
