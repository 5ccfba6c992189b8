package org.alliance.core.grading;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A student's standing in a course.
 *
 * @param grade weighted mean over the graded activities that are not excused, with an activity not
 *     yet graded counting 0; empty when nothing carries weight (e.g. everything was excused)
 * @param gradeSoFar the same mean over the activities graded so far only
 * @param complete the completion rules are met
 * @param passed complete and {@code grade} reaches the pass mark
 * @param excused activities left out because the student skipped them for their content note
 * @param outstanding lessons and activities still needed for completion, by id
 */
public record CourseGrade(
        OptionalDouble grade,
        OptionalDouble gradeSoFar,
        boolean complete,
        boolean passed,
        List<String> excused,
        List<String> outstanding) {

    public CourseGrade {
        excused = List.copyOf(excused);
        outstanding = List.copyOf(outstanding);
    }
}
