package dev.wharf.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A query whose conditions depend on which filters were given: each condition is added with its
 * bound parameters, never with values spliced into the SQL.
 */
public final class SqlConditions {

    private final StringBuilder sql;
    private final Map<String, Object> params = new LinkedHashMap<>();

    public SqlConditions(String select) {
        this.sql = new StringBuilder(select);
    }

    /** Appends {@code condition} (e.g. {@code " and o.status = :s"}) with its parameters as name, value pairs, when {@code given}. */
    public SqlConditions add(boolean given, String condition, Object... namesAndValues) {
        if (given) {
            sql.append(condition);
            for (int i = 0; i < namesAndValues.length; i += 2) {
                params.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}
