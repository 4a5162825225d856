package dev.wharf.api.support;

import java.sql.SQLException;
import org.springframework.http.HttpStatus;

/**
 * A database constraint that fired although the request was validated first, told by its
 * SQLState (the same on H2 and PostgreSQL) and, where the driver reports it, the column: a real
 * duplicate is a 409; a missing, dangling, out-of-range or over-long value is a 400 naming the
 * field. Never the driver's message.
 */
record ConstraintRefusal(HttpStatus status, ErrorCode code, String field, String problem) {

    static ConstraintRefusal of(Throwable failure) {
        var sql = sqlException(failure);
        var state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        var field = column(sql);
        return switch (state) {
            case "23505" -> new ConstraintRefusal(HttpStatus.CONFLICT, ErrorCode.DUPLICATE, field,
                    "already exists; nothing was changed");
            case "23502" -> new ConstraintRefusal(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT, field, "is required");
            case "23503", "23506" -> new ConstraintRefusal(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT, field,
                    "refers to something that does not exist");
            case "23513", "23514" -> new ConstraintRefusal(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT, field, "is out of range");
            case "22001" -> new ConstraintRefusal(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT, field, "is too long");
            case "22003" -> new ConstraintRefusal(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT, field, "is out of range");
            default -> state.startsWith("22")
                    ? new ConstraintRefusal(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_INPUT, field, "is not a valid value")
                    : new ConstraintRefusal(HttpStatus.CONFLICT, ErrorCode.CONFLICT, null,
                            "the request conflicts with the current state; nothing was changed");
        };
    }

    @Override
    public String problem() {
        return field == null && code != ErrorCode.CONFLICT ? "a value " + problem : problem;
    }

    private static SQLException sqlException(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /**
     * The column PostgreSQL names in its structured error (read reflectively: the driver is a
     * runtime dependency only), as the camelCase field the dialects use. H2 reports none.
     */
    private static String column(SQLException sql) {
        if (sql == null) {
            return null;
        }
        try {
            var details = sql.getClass().getMethod("getServerErrorMessage").invoke(sql);
            if (details == null) {
                return null;
            }
            var column = (String) details.getClass().getMethod("getColumn").invoke(details);
            return column == null || column.isBlank() ? null : camel(column);
        } catch (ReflectiveOperationException | RuntimeException notPostgres) {
            return null;
        }
    }

    private static String camel(String column) {
        var out = new StringBuilder();
        boolean upper = false;
        for (var c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
