package org.alliance.web.drill;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliance.core.model.Criterion;
import org.alliance.core.model.Level;

/** What the instructors' drill pages show: a response sent for feedback, and the practice report. */
public final class DrillTeachingViews {
    private DrillTeachingViews() {}

    /**
     * A response a student sent for feedback, with the statement it answers and the criteria to check it against.
     *
     * @param answer the answer given so far, if any; answering again replaces it
     */
    public record FeedbackSheet(
            String courseId,
            String tryId,
            String student,
            String drillId,
            String drillTitle,
            String skill,
            String context,
            String tone,
            String client,
            String response,
            List<Criterion> criteria,
            Instant requestedAt,
            Optional<FeedbackAnswer> answer) {}

    /** An instructor's answer: the criteria the response meets and a comment. */
    public record FeedbackAnswer(String answeredBy, Instant answeredAt, Set<String> met, String comment) {}

    /** The practice report of a course: one section per drill, in the course's order. */
    public record PracticeReport(String courseId, String courseTitle, List<DrillPracticeSummary> drills) {}

    /** One drill: a line per student who has practised it, by name. */
    public record DrillPracticeSummary(String drillId, String title, List<StudentPractice> students) {}

    /**
     * One student's practice in one drill.
     *
     * @param rounds rounds started
     * @param statements statements practised (answered at least once)
     * @param highest the highest level of a statement practised
     * @param minutes active minutes, each statement counting at most {@link DrillPractice#ACTIVE_CAP}
     * @param feedbackOpen responses sent for feedback that wait for an answer
     * @param feedbackAnswered responses sent for feedback that have one
     */
    public record StudentPractice(
            String student,
            int rounds,
            int statements,
            Optional<Level> highest,
            int minutes,
            int feedbackOpen,
            int feedbackAnswered) {}
}
