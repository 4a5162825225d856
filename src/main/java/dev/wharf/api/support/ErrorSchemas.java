package dev.wharf.api.support;

import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Each dialect's error body as a JSON schema, written from the dialect's *ErrorShape (and its
 * security chain's 401/413 writers): a generated client must be able to read every failure.
 */
final class ErrorSchemas {

    /**
     * Every code the partner API can put in {@code error}: the partner's own (docs/decisions.md)
     * and the ones the shared error mapping passes through (DeliverrErrorShape). A strict client
     * rejects a value outside its enum, so a new code must be added here too.
     */
    static final List<String> PARTNER_CODES = List.of("BAD_REQUEST", "UNAUTHORIZED", "NOT_FOUND", "UNKNOWN_WAREHOUSE",
            "DUPLICATE_SKU", "DUPLICATE_BARCODE", "MISSING_BARCODE", "DUPLICATE_ASN", "DUPLICATE_SHIPMENT", "DUPLICATE",
            "TOO_LATE_TO_CANCEL", "INSUFFICIENT_STOCK", "INACTIVE", "CONFLICT", "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE",
            "BODY_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "BUSY", "INTERNAL");

    private ErrorSchemas() {
    }

    /** ShipAPI: the answer envelope with IsSuccess false, no Id, and the reason in Error. */
    static Schema<?> shipApiEnvelope() {
        var isSuccess = typed("boolean").description("Always false on a failure.");
        isSuccess.addEnumItemObject(false);
        return object("A refused ShipAPI request: the usual envelope with IsSuccess false.")
                .addProperty("IsSuccess", isSuccess)
                .addProperty("Id", typed("integer", "null").format("int64").description("Always null on a failure."))
                .addProperty("Error", typed("string")
                        .description("Why, starting with the field's name in the request's own words.")
                        .example("products[1].quantity: only 12 units of product 7 are available, 13 requested"))
                .required(List.of("IsSuccess", "Id", "Error"));
    }

    /** Logistics API: application/problem+json with the API's code; a 401 repeats the detail as message. */
    static Schema<?> logisticsProblem() {
        return problem("A refused Logistics API request (RFC 9457 problem details with the API's code).",
                "https://wharf.dev/logistics/problems/INVALID_INPUT")
                .addProperty("code", typed("string", "integer")
                        .description("The API's error code: a name such as INVALID_INPUT or DUPLICATE_ORDER, "
                                + "or a number such as 407001 (invalid order status) or the HTTP status on a 401.")
                        .example("INVALID_INPUT"))
                .addProperty("message", typed("string").description("On a 401 only: the same text as detail."));
    }

    /** Partner API: an error code from the partner's list, and a message naming the field for people reading logs. */
    static Schema<?> partnerError() {
        var error = typed("string").description("The partner API's error code.");
        PARTNER_CODES.forEach(error::addEnumItemObject);
        return object("A refused partner API request.")
                .addProperty("error", error)
                .addProperty("message", typed("string").description("field: problem, for people reading logs.")
                        .example("sku: a product with this SKU exists"))
                .required(List.of("error"));
    }

    /** Operations and admin APIs: RFC 9457 problem details with Wharf's error code. */
    static Schema<?> wharfProblem() {
        return problem("A refused request (RFC 9457 problem details with Wharf's error code).",
                "https://wharf.dev/problems/invalid-input")
                .addProperty("code", typed("string")
                        .description("Wharf's error code, e.g. INVALID_INPUT, NOT_FOUND, UNAUTHORIZED, INVALID_STATUS.")
                        .example("INVALID_INPUT"));
    }

    private static Schema<?> problem(String description, String typeExample) {
        return object(description)
                .addProperty("type", typed("string").format("uri").description("What kind of problem this is.").example(typeExample))
                .addProperty("title", typed("string").description("The HTTP reason phrase or the API's title for the code.")
                        .example("Bad Request"))
                .addProperty("status", typed("integer").format("int32").description("The HTTP status.").example(400))
                .addProperty("detail", typed("string").description("What is wrong, starting with the field's name.")
                        .example("quantity: must be greater than 0"))
                .addProperty("instance", typed("string").format("uri-reference").description("The request's path."))
                .required(List.of("type", "title", "status", "detail"));
    }

    private static Schema<Object> object(String description) {
        var schema = typed("object").description(description);
        schema.setProperties(new LinkedHashMap<>());
        return schema;
    }

    /** A schema of the given JSON types; both fields are set because OpenAPI 3.0 and 3.1 serialise different ones. */
    static Schema<Object> typed(String... types) {
        var schema = new Schema<Object>();
        schema.setType(types[0]);
        schema.setTypes(new LinkedHashSet<>(List.of(types)));
        return schema;
    }
}
