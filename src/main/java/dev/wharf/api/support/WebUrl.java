package dev.wharf.api.support;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A URL Wharf may fetch or hand to a browser: absolute https with a host and no credentials.
 * {@code http:} to the loopback interface is accepted only when
 * {@code wharf.urls.allow-loopback-http=true} (tests with a local stub server). Anything else,
 * {@code javascript:} and {@code file:} above all, is refused. Null is left to {@code @NotNull}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebUrl.Validator.class)
public @interface WebUrl {

    String message() default "must be an https URL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WebUrl, String> {

        private final boolean allowLoopbackHttp;

        Validator(UrlSettings urls) {
            this.allowLoopbackHttp = urls.allowLoopbackHttp();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || ValueRules.webUrl(value, allowLoopbackHttp);
        }
    }
}
