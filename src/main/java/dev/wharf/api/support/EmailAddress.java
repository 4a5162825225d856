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
 * An address mail can be sent to: one "@", a local part without spaces or quotes, a domain of
 * dot-separated labels ending in a letter-only label ("kors@gmail.com"). Stricter than
 * {@code @Email}, which takes "a@b". Null is left to {@code @NotNull}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EmailAddress.Validator.class)
public @interface EmailAddress {

    String message() default "must be an e-mail address (name@example.com)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EmailAddress, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || ValueRules.email(value);
        }
    }
}
