/**
 * What an operator watches: Prometheus metrics (HTTP per dialect and route, business counters
 * from the modules' public events, the webhook backlog) and one access-log line per request with
 * a correlation id that every log line of the request carries.
 */
package dev.wharf.observability;
