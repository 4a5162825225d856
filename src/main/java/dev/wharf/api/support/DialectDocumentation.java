package dev.wharf.api.support;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What every dialect's document shares, so that a client generated from it can read every
 * answer: a licence and contact, a description on every tag, the dialect's error body as a
 * named schema, that schema on every error response an operation declared without content, and
 * the failures any operation can meet (bad input, no credential, unknown id, body too large or
 * not JSON, rate limited) on the operations they apply to. A response an operation declared
 * itself is never replaced.
 */
final class DialectDocumentation implements OpenApiCustomizer {

    static final String LICENCE = "Apache-2.0";
    static final String LICENCE_URL = "https://www.apache.org/licenses/LICENSE-2.0";

    /** How one dialect writes its errors, and what its tags are about when a controller did not say. */
    record Dialect(String errorSchemaName, Supplier<Schema<?>> errorSchema, String errorMediaType, Map<String, String> tags) {
    }

    private final Dialect dialect;

    DialectDocumentation(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void customise(OpenAPI api) {
        api.getInfo()
                .license(new License().name(LICENCE).url(LICENCE_URL))
                .contact(new Contact().name("Wharf maintainers").url("https://wharf.dev"));
        OpenApiGroups.components(api).addSchemas(dialect.errorSchemaName(), dialect.errorSchema().get());
        NullableOptionals.mark(api);
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> document(api, path, operation)));
        describeTags(api);
    }

    private void document(OpenAPI api, String path, Operation operation) {
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        var hasBody = operation.getRequestBody() != null;
        var hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasBody || hasParameters) {
            declare(responses, "400", "Bad input: the message names the field in this API's words; nothing was written.");
        }
        if (secured(api, operation)) {
            declare(responses, "401", "No credential, or one that is not valid.");
        }
        if (path.contains("{")) {
            declare(responses, "404", "Not found: no such resource, or one another account owns (the two answer alike).");
        }
        if (hasBody) {
            declare(responses, "413", "The request body is larger than 10 MB.");
            declare(responses, "415", "The request body is not application/json.");
        }
        if (!responses.containsKey("429")) {
            responses.addApiResponse("429", error("Too many requests: wait the seconds in Retry-After, then try again.")
                    .addHeaderObject("Retry-After", new Header().description("Seconds to wait before the next request.")
                            .schema(ErrorSchemas.typed("integer").format("int32").minimum(java.math.BigDecimal.ZERO))));
        }
        var successSchemas = responses.entrySet().stream().filter(e -> e.getKey().startsWith("2"))
                .flatMap(e -> schemas(e.getValue()).stream()).toList();
        responses.forEach((status, response) -> {
            if (isError(status) && response.get$ref() == null && !declaresItsOwnBody(response, successSchemas)) {
                response.setContent(errorContent());
            }
        });
        operation.setResponses(sorted(responses));
    }

    private void declare(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, error(description));
        }
    }

    private ApiResponse error(String description) {
        return new ApiResponse().description(description).content(errorContent());
    }

    private Content errorContent() {
        return new Content().addMediaType(dialect.errorMediaType(),
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + dialect.errorSchemaName())));
    }

    /**
     * Whether an error response names a body of its own. springdoc gives a declared response
     * without content the method's return type (or a bare object): that is not a declaration.
     */
    @SuppressWarnings("rawtypes")
    private static boolean declaresItsOwnBody(ApiResponse response, List<Schema> successSchemas) {
        var schemas = schemas(response);
        return !schemas.isEmpty() && schemas.stream().noneMatch(schema -> schema == null || successSchemas.contains(schema)
                || schema.get$ref() == null && schema.getProperties() == null && isObject(schema));
    }

    private static boolean isObject(Schema<?> schema) {
        return "object".equals(schema.getType()) || schema.getTypes() != null && schema.getTypes().contains("object");
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> schemas(ApiResponse response) {
        return response.getContent() == null ? List.of()
                : response.getContent().values().stream().map(MediaType::getSchema).toList();
    }

    /** An operation is secured unless it says it is public (an empty security list), as a login does. */
    private static boolean secured(OpenAPI api, Operation operation) {
        var requirements = operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
        return requirements != null && requirements.stream().anyMatch(r -> !r.isEmpty());
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    /** Responses in status order, so each document reads the same way. */
    private static ApiResponses sorted(ApiResponses responses) {
        var ordered = new ApiResponses();
        responses.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> ordered.addApiResponse(e.getKey(), e.getValue()));
        ordered.setExtensions(responses.getExtensions());
        return ordered;
    }

    /** Every tag an operation uses is listed once, with a description (the controller's, else this dialect's). */
    private void describeTags(OpenAPI api) {
        var tags = new LinkedHashMap<String, Tag>();
        if (api.getTags() != null) {
            api.getTags().forEach(tag -> tags.put(tag.getName(), tag));
        }
        api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getTags() != null) {
                operation.getTags().forEach(name -> tags.computeIfAbsent(name, n -> new Tag().name(n)));
            }
        }));
        tags.values().forEach(tag -> {
            if (tag.getDescription() == null || tag.getDescription().isBlank()) {
                tag.setDescription(dialect.tags().getOrDefault(tag.getName(), tag.getName()));
            }
        });
        api.setTags(new ArrayList<>(tags.values()));
    }
}
