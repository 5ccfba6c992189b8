package org.alliance.web.bench.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/** Warm timings: a few calls to warm up, then {@code runs} measured ones; the median is the figure. */
record Timing(String figure, double medianMs, double minMs, double maxMs, int runs) {

    static Timing of(String figure, int warmups, int runs, Callable<?> call) throws Exception {
        for (int i = 0; i < warmups; i++) {
            call.call();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.call();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        int n = ms.size();
        double median = n % 2 == 1 ? ms.get(n / 2) : (ms.get(n / 2 - 1) + ms.get(n / 2)) / 2;
        return new Timing(figure, median, ms.getFirst(), ms.getLast(), n);
    }

    String row() {
        return String.format("| %s | %.1f | %.1f | %.1f | %d |", figure, medianMs, minMs, maxMs, runs);
    }
}
