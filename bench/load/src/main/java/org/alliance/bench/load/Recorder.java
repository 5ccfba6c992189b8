package org.alliance.bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies per action and errors, taken and reset per measured phase. */
final class Recorder {
    record Row(String action, int count, long errors, double p50, double p95, double p99, double max) {}

    private final Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstError = new ConcurrentHashMap<>();

    /** Runs and times one action; a failure is counted under its name and thrown on. */
    <T> T time(String action, Callable<T> call) throws Exception {
        long start = System.nanoTime();
        try {
            T result = call.call();
            times.computeIfAbsent(action, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
            return result;
        } catch (Exception e) {
            error(action, e);
            throw e;
        }
    }

    /** A latency measured elsewhere (an asynchronous request's). */
    void record(String action, long nanos) {
        times.computeIfAbsent(action, k -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    void error(String action, Exception e) {
        errors.computeIfAbsent(action, k -> new AtomicLong()).incrementAndGet();
        firstError.putIfAbsent(action, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /** The rows since the last call, and a fresh start for the next phase. */
    synchronized List<Row> drain() {
        var actions = new TreeMap<String, Boolean>();
        times.keySet().forEach(a -> actions.put(a, true));
        errors.keySet().forEach(a -> actions.put(a, true));
        List<Row> rows = new ArrayList<>();
        for (String action : actions.keySet()) {
            var queue = times.remove(action);
            long[] ns = queue == null
                    ? new long[0]
                    : queue.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(ns);
            var failed = errors.remove(action);
            rows.add(new Row(
                    action,
                    ns.length,
                    failed == null ? 0 : failed.get(),
                    ms(ns, 0.50),
                    ms(ns, 0.95),
                    ms(ns, 0.99),
                    ns.length == 0 ? Double.NaN : ns[ns.length - 1] / 1e6));
        }
        return rows;
    }

    Map<String, String> firstErrors() {
        return Map.copyOf(firstError);
    }

    /** Nearest-rank percentile in milliseconds. */
    static double ms(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
