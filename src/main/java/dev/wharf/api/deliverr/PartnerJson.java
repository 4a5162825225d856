package dev.wharf.api.deliverr;

import dev.wharf.api.support.ValueRules;
import dev.wharf.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the partner's bodies strictly: ids and quantities must be JSON integers (a string id is a
 * 400, not a guess), required fields must be there. Every failure names the field.
 */
final class PartnerJson {

    private final JsonNode root;

    private PartnerJson(JsonNode root) {
        this.root = root;
    }

    static PartnerJson parse(JsonMapper json, String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput("body", "a JSON body is required");
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (RuntimeException e) {
            throw new InvalidInput("body", "malformed JSON");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInput("body", "must be a JSON object");
        }
        return new PartnerJson(node);
    }

    JsonNode node() {
        return root;
    }

    static long requireLong(JsonNode node, String field, String path) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidInput(path, "is required");
        }
        if (!value.isIntegralNumber()) {
            throw new InvalidInput(path, "must be an integer");
        }
        if (!value.canConvertToLong()) {
            throw new InvalidInput(path, "is out of range");
        }
        return value.asLong();
    }

    static int requirePositiveInt(JsonNode node, String field, String path) {
        long value = requireLong(node, field, path);
        if (value <= 0 || value > Integer.MAX_VALUE) {
            throw new InvalidInput(path, "must be a whole number greater than 0");
        }
        return (int) value;
    }

    static String requireText(JsonNode node, String field, String path) {
        var value = text(node, field, path);
        if (value == null || value.isBlank()) {
            throw new InvalidInput(path, "is required");
        }
        return value;
    }

    static String text(JsonNode node, String field, String path) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidInput(path, "must be a string");
        }
        var text = value.asString();
        if (text.length() > 2000) {
            throw new InvalidInput(path, "is too long");
        }
        if (ValueRules.text(text) != null) {
            throw new InvalidInput(path, ValueRules.text(text));
        }
        return text;
    }

    static String email(JsonNode node, String field, String path) {
        var value = text(node, field, path);
        if (value != null && !value.isEmpty() && !ValueRules.email(value)) {
            throw new InvalidInput(path, "must be an e-mail address (name@example.com)");
        }
        return value;
    }

    static BigDecimal decimal(JsonNode node, String field, String path) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new InvalidInput(path, "must be a number");
        }
        if (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
            throw new InvalidInput(path, "is out of range");
        }
        var number = value.decimalValue();
        if (ValueRules.amount(number) != null) {
            throw new InvalidInput(path, ValueRules.amount(number));
        }
        return number;
    }

    static List<JsonNode> array(JsonNode node, String field, String path, boolean required) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidInput(path, "is required");
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidInput(path, "must be an array");
        }
        var items = new ArrayList<JsonNode>();
        value.forEach(items::add);
        return items;
    }
}
