package dev.wharf.billing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/** A statement's lines as CSV (RFC 4180), written as they are read: memory stays flat however long it is. */
final class StatementCsv {

    static final String HEADER = "line_id,service_day,billing_month,category,charge_type,reference_type,reference_id,detail,quantity,"
            + "unit_price,amount,currency,adjustment,note";

    /** Writes one row of the result set. */
    interface RowWriter {
        void write(ResultSet rs) throws SQLException;
    }

    private StatementCsv() {
    }

    /** {@code rows} runs the query, handing each row to the writer it is given. */
    static void write(Statement statement, OutputStream out, Consumer<RowWriter> rows) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(HEADER);
        writer.write("\r\n");
        int scale = Money.scale(statement.currency());
        try {
            rows.accept(rs -> row(writer, rs, scale));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static void row(Writer w, ResultSet rs, int scale) throws SQLException {
        var type = ChargeType.valueOf(rs.getString("charge_type"));
        try {
            w.write(rs.getString("id"));
            w.write(',');
            w.write(rs.getString("service_day"));
            w.write(',');
            w.write(rs.getString("billing_month"));
            w.write(',');
            w.write(type.category().name());
            w.write(',');
            w.write(type.name());
            w.write(',');
            w.write(rs.getString("reference_type"));
            w.write(',');
            w.write(rs.getString("reference_id"));
            w.write(',');
            w.write(cell(rs.getString("detail")));
            w.write(',');
            w.write(plain(rs.getBigDecimal("quantity")));
            w.write(',');
            w.write(plain(rs.getBigDecimal("unit_price")));
            w.write(',');
            w.write(rs.getBigDecimal("amount").setScale(scale, Money.ROUNDING).toPlainString());
            w.write(',');
            w.write(rs.getString("currency"));
            w.write(',');
            w.write(Boolean.toString(rs.getBoolean("adjustment")));
            w.write(',');
            w.write(cell(rs.getString("note")));
            w.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Quoted when it holds a separator, a quote or a line break; a leading formula character is defused. */
    private static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        var text = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
