package dev.wharf.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Fires n requests at once (all threads released by one latch) and collects every answer. */
public final class Race {

    private Race() {
    }

    /** Runs {@code call} n times concurrently; the argument is the request's index, 0 to n − 1. */
    public static List<Http.Answer> run(int n, IntFunction<Http.Answer> call) throws Exception {
        var pool = Executors.newFixedThreadPool(n);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<Http.Answer>>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            start.countDown();
            var answers = new ArrayList<Http.Answer>();
            for (var future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
