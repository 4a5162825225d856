import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-loop, fixed-rate load generator for CreateOrder: request i is due at start + i/rate,
 * whether or not earlier ones have answered, and its latency is measured from that due time (so
 * a stall is charged to every request it delays: no coordinated omission).
 *
 *   java bench/OpenLoop.java URL TOKEN RATE SECONDS SKU[,SKU...]
 *
 * Each order has two distinct lines drawn from the SKUs, a fresh externalOrderId and idempotency key.
 */
public class OpenLoop {

    public static void main(String[] args) throws Exception {
        var url = URI.create(args[0]);
        var token = args[1];
        double rate = Double.parseDouble(args[2]);
        int seconds = Integer.parseInt(args[3]);
        var skus = args[4].split(",");
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService workers = Executors.newFixedThreadPool(256);
        int total = (int) (rate * seconds);
        var latencies = Collections.synchronizedList(new ArrayList<Double>());
        var errors = new AtomicInteger();
        long intervalNanos = (long) (1_000_000_000L / rate);
        long start = System.nanoTime() + 100_000_000L;
        var run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            var body = order("OL-" + run + "-" + i, skus);
            var request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("idempotency-key", run + "-" + i).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            workers.execute(() -> {
                try {
                    var answer = client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (answer.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
                latencies.add((System.nanoTime() - due) / 1e6);
            });
        }
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("open-loop rate=%.0f/s requests=%d errors=%d achieved=%.1f/s p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms%n",
                rate, sorted.size(), errors.get(), sorted.size() / elapsed, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    static double pct(List<Double> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p / 100)));
    }

    static String order(String externalId, String[] skus) {
        int a = ThreadLocalRandom.current().nextInt(skus.length);
        int b = (a + 1 + ThreadLocalRandom.current().nextInt(skus.length - 1)) % skus.length;
        return "{\"externalOrderId\":\"" + externalId + "\",\"shipMethod\":\"Standard\",\"address\":{\"name\":\"Jane Buyer\","
                + "\"address1\":\"110 Sutter St\",\"city\":\"San Francisco\",\"provinceCode\":\"CA\",\"zip\":\"94104\","
                + "\"countryCode\":\"US\"},\"lineItems\":[{\"logisticsSku\":\"" + skus[a] + "\",\"quantity\":1},"
                + "{\"logisticsSku\":\"" + skus[b] + "\",\"quantity\":1}]}";
    }
}
