package org.alliance.core.validation;

import java.util.List;
import java.util.function.Predicate;
import org.alliance.core.model.Course;

/** One validation run: the course, where its parts came from, and the problems found so far. */
record Checking(Course course, SourceMap sources, ProblemLog log) {

    void report(ProblemCode code, String path, String... params) {
        log.report(code, sources.locate(path), path, params);
    }

    /** Reports, at {@code owner.key[i]}, every id in {@code ids} that {@code known} does not contain. */
    void references(String owner, String key, List<String> ids, Predicate<String> known, ProblemCode code) {
        for (int i = 0; i < ids.size(); i++) {
            if (!known.test(ids.get(i))) {
                report(code, owner + "." + key + "[" + i + "]", "id", ids.get(i));
            }
        }
    }

    /**
     * Whether the reader saw this field or the part holding it, and so has already checked that a required
     * text is there; a course built in memory was never read.
     */
    boolean wasRead(String path) {
        return sources.locate(path).line() != 0;
    }

    /**
     * Whether a field was written (possibly blank). A missing field was already reported by the
     * reader; a course built in memory has no sources, so every field counts as written.
     */
    boolean present(String path) {
        return sources.has(path) || sources.locate(path).line() == 0;
    }
}
