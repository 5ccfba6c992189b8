package org.alliance.core.format;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.Course;
import org.alliance.core.validation.Problem;

/**
 * What reading a course gives: the course, present only when there are no errors, and every
 * problem found (warnings may accompany a course). {@code draft} is the course as far as it could be
 * put together even with errors, activities no lesson lists gathered in a stand-in lesson at the end: for an
 * editor's previews only; never publish, score or show it to students.
 */
public record ReadResult(Optional<Course> course, List<Problem> problems, Optional<Course> draft) {

    public ReadResult {
        problems = List.copyOf(problems);
    }

    /** A result whose draft is the course itself (or nothing). */
    public ReadResult(Optional<Course> course, List<Problem> problems) {
        this(course, problems, course);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** Warnings, open and accepted (an accepted one says so, {@link Problem#isAccepted()}, with its reason). */
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
