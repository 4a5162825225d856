package dev.wharf.billing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A statement's lines as CSV (RFC 4180), written as they are read: memory stays flat however long it is. */
final class StatementCsv {

    static final String HEADER = "line_id,service_day,billing_month,category,charge_type,reference_type,reference_id,detail,quantity,"
            + "unit_price,amount,currency,adjustment,note";

    private StatementCsv() {
    }

    static void write(Statements statements, Statement statement, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(HEADER);
        writer.write("\r\n");
        try {
            statements.lines(statement.merchant(), statement.warehouse(), statement.period(), line -> {
                try {
                    writer.write(row(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    static String row(BillingLine l) {
        return l.id() + "," + l.serviceDay() + "," + l.billingMonth() + "," + l.type().category() + "," + l.type() + ","
                + l.referenceType() + "," + l.referenceId() + "," + cell(l.detail()) + "," + l.quantity().stripTrailingZeros().toPlainString()
                + "," + l.unitPrice().stripTrailingZeros().toPlainString() + "," + Money.round(l.amount(), l.currency()).toPlainString() + ","
                + l.currency() + "," + l.adjustment() + "," + cell(l.note()) + "\r\n";
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
