package org.alliance.web.gradebook;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliance.web.gradebook.Analysis.Report;

/**
 * The latest item analysis of the most recently analysed courses, each under the state it was computed from:
 * the course version and a stamp of the submitted quiz and finished vignette attempts (their count and largest
 * id). A submitted attempt's answers never change, so while the stamp is the same the report is too; any new
 * submission or version changes the stamp and the report is computed again. The stamp is read from the
 * database on every call, so several instances never serve each other's stale reports.
 */
final class AnalysisCache {
    /** What a report was computed from. */
    record Key(long versionId, String quizStamp, String vignetteStamp) {}

    /** A report, the state it was computed from, and how long computing it took. */
    record Cached(Key key, Report report, Duration took) {}

    private final Set<String> refreshing = new HashSet<>();

    private final Map<String, Cached> byCourse;

    AnalysisCache(int courses) {
        this.byCourse = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > courses;
            }
        };
    }

    /** The course's latest report, whatever state it was computed from. */
    synchronized Optional<Cached> latest(String courseId) {
        return Optional.ofNullable(byCourse.get(courseId));
    }

    synchronized Optional<Report> get(String courseId, Key key) {
        Cached entry = byCourse.get(courseId);
        return entry != null && entry.key().equals(key) ? Optional.of(entry.report()) : Optional.empty();
    }

    synchronized void put(String courseId, Key key, Report report) {
        put(courseId, key, report, Duration.ZERO);
    }

    synchronized void put(String courseId, Key key, Report report, Duration took) {
        byCourse.put(courseId, new Cached(key, report, took));
    }

    /** Claims the course's one background refresh; false while another runs. */
    synchronized boolean startRefresh(String courseId) {
        return refreshing.add(courseId);
    }

    synchronized void finishRefresh(String courseId) {
        refreshing.remove(courseId);
    }
}
