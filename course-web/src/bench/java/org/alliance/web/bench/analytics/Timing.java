package org.alliance.web.bench.analytics;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Warm timings: a few calls to warm up, then {@code runs} measured ones; the median is the figure. Beside the
 * wall-clock time, the calling thread's CPU time (embedded H2 runs on that thread too): on a machine others are
 * using, wall time includes waiting for a core, CPU time does not.
 */
record Timing(String figure, double medianMs, double minMs, double maxMs, double medianCpuMs, int runs) {

    /** Something done before each call, outside the clock. */
    interface Before {
        void run() throws Exception;
    }

    static Timing of(String figure, int warmups, int runs, Callable<?> call) throws Exception {
        return of(figure, warmups, runs, call, () -> {});
    }

    static Timing of(String figure, int warmups, int runs, Callable<?> call, Before before) throws Exception {
        for (int i = 0; i < warmups; i++) {
            before.run();
            call.call();
        }
        var threads = ManagementFactory.getThreadMXBean();
        List<Double> ms = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            before.run();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            call.call();
            ms.add((System.nanoTime() - start) / 1e6);
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
        }
        Collections.sort(ms);
        Collections.sort(cpu);
        return new Timing(figure, median(ms), ms.getFirst(), ms.getLast(), median(cpu), ms.size());
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    String row() {
        return String.format(
                "| %s | %.1f | %.1f | %.1f | %.1f | %d |", figure, medianMs, minMs, maxMs, medianCpuMs, runs);
    }
}
