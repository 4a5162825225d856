package dev.wharf.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Counting database round-trips per request ({@code wharf.observability.*}), for the benchmark
 * harness and the tests that hold requests to a statement budget.
 *
 * @param countStatements wrap the data source so that every statement and every commit, rollback or
 *                        savepoint a request sends is counted: the {@code wharf.db.roundtrips}
 *                        summary per route, and {@code statements=} in the access log. Off by default:
 *                        it costs a proxy call per JDBC call.
 */
@ConfigurationProperties("wharf.observability")
record StatementCountSettings(@DefaultValue("false") boolean countStatements) {
}
