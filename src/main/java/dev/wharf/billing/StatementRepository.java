package dev.wharf.billing;

import dev.wharf.account.MerchantId;
import dev.wharf.warehouse.WarehouseId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads statements: totals grouped in the database, lines streamed through a cursor (a fetch size inside a transaction). */
@Repository
class StatementRepository {

    private static final int FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;

    StatementRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(template);
    }

    private static String where(Period period) {
        return period.isMonth() ? "merchant_id = :m and warehouse_id = :w and billing_month = :from"
                : "merchant_id = :m and warehouse_id = :w and service_day between :from and :to";
    }

    private static Map<String, Object> params(MerchantId merchant, WarehouseId warehouse, Period period) {
        return Map.of("m", merchant.value(), "w", warehouse.value(), "from", period.from(), "to", period.to());
    }

    List<Statement.TypeTotal> totals(MerchantId merchant, WarehouseId warehouse, Period period) {
        var sql = "select charge_type, count(*) as n, sum(amount) as total from billing_line where " + where(period)
                + " group by charge_type";
        return jdbc.sql(sql).params(params(merchant, warehouse, period))
                .query((rs, n) -> new Statement.TypeTotal(ChargeType.valueOf(rs.getString("charge_type")), rs.getLong("n"),
                        rs.getBigDecimal("total"))).list();
    }

    /** Hands each line to the consumer as it is read, oldest first (at most {@code limit}); the caller holds the transaction. */
    void lines(MerchantId merchant, WarehouseId warehouse, Period period, long limit, Consumer<BillingLine> each) {
        var sql = "select * from billing_line where " + where(period) + " order by " + order(period) + " limit :limit";
        var params = new java.util.HashMap<>(params(merchant, warehouse, period));
        params.put("limit", limit);
        streaming.query(sql, params, rs -> {
            each.accept(BillingLineRepository.map(rs, 0));
        });
    }

    /**
     * Writes each line as a CSV row straight from the result set, oldest first: no object per line,
     * the numbers as the database gives them, so a month of 100,000 orders streams at the database's pace.
     */
    void csvRows(MerchantId merchant, WarehouseId warehouse, Period period, StatementCsv.RowWriter writer) {
        var sql = "select id, service_day, billing_month, charge_type, reference_type, reference_id, detail, quantity, unit_price, amount,"
                + " currency, adjustment, note from billing_line where " + where(period) + " order by " + order(period);
        streaming.query(sql, params(merchant, warehouse, period), rs -> {
            writer.write(rs);
        });
    }

    private static String order(Period period) {
        // the index's own order for a month; for days, the day's index and then the line
        return period.isMonth() ? "id" : "service_day, id";
    }

    BigDecimal monthTotal(MerchantId merchant, WarehouseId warehouse, java.time.LocalDate month) {
        return jdbc.sql("select coalesce(sum(amount), 0) from billing_line where merchant_id = :m and warehouse_id = :w and billing_month = :month")
                .param("m", merchant.value()).param("w", warehouse.value()).param("month", month).query(BigDecimal.class).single();
    }
}
