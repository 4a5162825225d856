package dev.wharf.api.console;

import dev.wharf.shared.Forbidden;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a console controller answers a scan or an action: it calls the use case through
 * {@link #attempt}, and the next page shows a green or red {@link Banner}. A refusal of the core
 * (bad input, not found, a rule, a role) is shown in red with the core's own words; nothing else
 * is caught, so a bug still surfaces as an error page.
 */
@Component
public class ConsoleFeedback {

    private final MessageSource messages;

    ConsoleFeedback(MessageSource messages) {
        this.messages = messages;
    }

    /** A message of the console's bundles in the operator's language. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    public void ok(RedirectAttributes redirect, String title, String next) {
        redirect.addFlashAttribute("banner", new Banner(true, title, null, next));
    }

    public void refused(RedirectAttributes redirect, String title, String detail, String next) {
        redirect.addFlashAttribute("banner", new Banner(false, title, detail, next));
    }

    /** Runs the use case; on the core's refusal shows it in red with {@code next}, and answers empty. */
    public <T> Optional<T> attempt(RedirectAttributes redirect, String next, Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (InvalidInput | NotFound | RuleViolation | Forbidden refusal) {
            refused(redirect, text(titleOf(refusal)), refusal.getMessage(), next);
            return Optional.empty();
        }
    }

    static String titleOf(RuntimeException refusal) {
        if (refusal instanceof InvalidInput) {
            return "console.refused.invalid";
        }
        if (refusal instanceof NotFound) {
            return "console.refused.notFound";
        }
        return refusal instanceof Forbidden ? "console.refused.forbidden" : "console.refused.rule";
    }
}
