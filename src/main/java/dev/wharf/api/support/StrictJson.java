package dev.wharf.api.support;

import java.math.BigDecimal;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * One strict JSON reader for every dialect: a value of the wrong JSON type is refused, never
 * coerced ("2" is not an integer, 1.5 is not an integer, 1 is not a boolean, 5 is not a
 * string), a key given twice is refused, null for a primitive is refused, and the values every
 * dialect shares get the same checks (strings without control characters or broken encodings,
 * finite numbers, amounts that are neither negative nor beyond the database's columns).
 * Unknown properties stay accepted: generated clients send optional fields Wharf does not model.
 */
@Configuration
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .defaultLeniency(false)
                .withCoercionConfig(LogicalType.Integer, c -> refuse(c, CoercionInputShape.String, CoercionInputShape.Float,
                        CoercionInputShape.Boolean, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Float, c -> refuse(c, CoercionInputShape.String, CoercionInputShape.Boolean,
                        CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Boolean, c -> refuse(c, CoercionInputShape.Integer, CoercionInputShape.Float,
                        CoercionInputShape.String, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Textual, c -> refuse(c, CoercionInputShape.Integer, CoercionInputShape.Float,
                        CoercionInputShape.Boolean))
                .addModule(new SimpleModule("wharf-strict-values").setDeserializerModifier(new SharedChecks()));
    }

    private static void refuse(MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (var shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** A value of the right JSON type that no dialect accepts; {@link #reason()} is ours, safe to show. */
    public static final class RefusedValue extends InvalidFormatException {

        private final String reason;

        RefusedValue(JsonParser parser, String reason, Object value, Class<?> type) {
            super(parser, reason, value, type);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** What is wrong with a value, or null when it is fine. */
    @FunctionalInterface
    private interface Rule {
        String problem(Object value);
    }

    private static final class SharedChecks extends ValueDeserializerModifier {
        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                                                       ValueDeserializer<?> deserializer) {
            var type = bean.getBeanClass();
            if (type == String.class) {
                return new Checked(deserializer, type, value -> ValueRules.text((String) value));
            }
            if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
                return new Checked(deserializer, type, value -> Double.isFinite(((Number) value).doubleValue())
                        && Math.abs(((Number) value).doubleValue()) < ValueRules.AMOUNT_LIMIT.doubleValue() ? null : "is out of range");
            }
            if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
                return new Checked(deserializer, type, value -> ValueRules.time((java.time.temporal.Temporal) value));
            }
            if (type == BigDecimal.class) {
                return new Checked(deserializer, type, value -> ValueRules.amount((BigDecimal) value));
            }
            return deserializer;
        }
    }

    /** Runs the type's own deserializer, then the shared rule on what it read. */
    private static final class Checked extends DelegatingDeserializer {

        private final Class<?> type;
        private final Rule rule;

        Checked(ValueDeserializer<?> delegate, Class<?> type, Rule rule) {
            super(delegate);
            this.type = type;
            this.rule = rule;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate, type, rule);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            var value = super.deserialize(parser, context);
            var problem = value == null ? null : rule.problem(value);
            if (problem != null) {
                throw new RefusedValue(parser, problem, null, type);
            }
            return value;
        }
    }
}
