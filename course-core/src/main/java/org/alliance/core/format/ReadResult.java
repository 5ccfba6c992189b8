package org.alliance.core.format;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.Course;
import org.alliance.core.validation.Problem;

/**
 * What reading a course gives: the course, present only when there are no errors, and every
 * problem found (warnings may accompany a course).
 */
public record ReadResult(Optional<Course> course, List<Problem> problems) {

    public ReadResult {
        problems = List.copyOf(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The content hash of the course, when there is one. */
    public Optional<String> contentHash() {
        return course.map(ContentHash::of);
    }
}
