package org.alliance.web.gradebook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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

    private record Cached(Key key, Report report) {}

    private final Map<String, Cached> byCourse;

    AnalysisCache(int courses) {
        this.byCourse = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > courses;
            }
        };
    }

    synchronized Optional<Report> get(String courseId, Key key) {
        Cached entry = byCourse.get(courseId);
        return entry != null && entry.key().equals(key) ? Optional.of(entry.report()) : Optional.empty();
    }

    synchronized void put(String courseId, Key key, Report report) {
        byCourse.put(courseId, new Cached(key, report));
    }
}
