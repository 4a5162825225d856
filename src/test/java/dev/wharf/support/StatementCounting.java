package dev.wharf.support;

import jakarta.servlet.Filter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Counts the SQL statements one HTTP request runs. The test tags its request with
 * {@value #HEADER}; a filter ahead of every other one (authentication included) counts the
 * statements prepared on that request's thread while it is served, so nothing else the service
 * does at the same time (workers, other requests) is counted; {@link #onThisThread} counts what a
 * call on the test's own thread runs. Import it into a {@link WharfIntegrationTest}; the tests
 * that do share one application context.
 */
@TestConfiguration
public class StatementCounting {

    public static final String HEADER = "X-Test-Count-Statements";
    private static final ThreadLocal<AtomicInteger> CURRENT = new ThreadLocal<>();
    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

    @Bean
    static BeanPostProcessor countStatements() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds
                        ? proxy(DataSource.class, ds, (method, result) -> result instanceof Connection c ? proxy(Connection.class, c, StatementCounting::count) : result)
                        : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> statementCountingFilter() {
        Filter filter = (request, response, chain) -> {
            var tag = request instanceof jakarta.servlet.http.HttpServletRequest http ? http.getHeader(HEADER) : null;
            if (tag == null) {
                chain.doFilter(request, response);
                return;
            }
            var counter = COUNTS.computeIfAbsent(tag, t -> new AtomicInteger());
            CURRENT.set(counter);
            try {
                chain.doFilter(request, response);
            } finally {
                CURRENT.remove();
            }
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The request's answer and how many statements serving it ran. */
    public record Counted(Http.Answer answer, int statements) {
    }

    /** Sends the request (tagged here) and counts its statements. */
    public static Counted count(Http http, HttpRequest.Builder request) {
        var tag = UUID.randomUUID().toString();
        var answer = http.send(request.header(HEADER, tag));
        var counter = COUNTS.remove(tag);
        return new Counted(answer, counter == null ? 0 : counter.get());
    }

    public static Counted get(Http http, String path, String authorization) {
        return count(http, http.builder(path, authorization).GET());
    }

    /** A JSON POST, counted. */
    public static Counted post(Http http, String path, String authorization, Object body) {
        return count(http, http.builder(path, authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Http.json().writeValueAsString(body))));
    }

    /** How many statements {@code work} runs on the calling thread. */
    public static int onThisThread(Runnable work) {
        var counter = new AtomicInteger();
        CURRENT.set(counter);
        try {
            work.run();
        } finally {
            CURRENT.remove();
        }
        return counter.get();
    }

    private interface Around {
        Object after(Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, Around around) {
        InvocationHandler handler = (p, method, args) -> {
            try {
                return around.after(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object count(Method method, Object result) {
        var counter = CURRENT.get();
        if (counter != null && switch (method.getName()) {
            case "prepareStatement", "createStatement", "prepareCall" -> true;
            default -> false;
        }) {
            counter.incrementAndGet();
        }
        return result;
    }
}
