package dev.wharf.api.support;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Every dialect emits an optional field it has no value for as {@code null}, never drops it, and
 * accepts {@code null} for it. OpenAPI 3.1 says so with {@code "null"} among a property's types; a
 * client generated without it raises on the first null it reads. Required properties stay
 * non-null; a property that is only a reference is left as it is.
 */
final class NullableOptionals {

    private NullableOptionals() {
    }

    static void mark(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        api.getComponents().getSchemas().values().forEach(NullableOptionals::mark);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void mark(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (required.contains(name)) {
                return;
            }
            var types = property.getTypes();
            if (types == null || types.isEmpty() || types.contains("null")) {
                return;
            }
            var withNull = new LinkedHashSet<String>(types);
            withNull.add("null");
            ((Schema) property).setTypes(withNull);
        });
    }
}
