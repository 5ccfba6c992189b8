package org.alliance.web.drill;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alliance.core.model.Criterion;
import org.alliance.core.model.Level;

/** What the drill pages show, as the service hands it out: nothing of a statement's examples before a try. */
public final class DrillViews {
    private DrillViews() {}

    /** A drill's page: its skill, how many rounds the student has done, and the open round's turn if any. */
    public record DrillPage(
            String courseId,
            String courseTitle,
            String drillId,
            String title,
            String skill,
            Optional<String> contentNote,
            List<String> avoid,
            int perRound,
            int minutes,
            int roundsDone,
            Optional<Level> levelReached,
            Optional<TurnView> current,
            List<FeedbackView> feedback) {}

    /** What comes after a rating: the next statement, or the end of the round. */
    public sealed interface Next permits TurnView, RoundEnd {}

    /**
     * One statement in a round. {@code tries} are the student's responses so far, each with what was revealed
     * after it (criteria, examples, any hint); before the first try nothing is revealed.
     */
    public record TurnView(
            String turnId,
            int roundNumber,
            int position,
            int perRound,
            Optional<Instant> roundEndsAt,
            Level level,
            String statementId,
            String context,
            String tone,
            String client,
            List<TryView> tries)
            implements Next {}

    /** A round is over: how many statements it held and the level the student reached. */
    public record RoundEnd(int roundNumber, int statements, Level reached) implements Next {}

    /** A response and, once sent, the checklist and the examples to compare it with. */
    public record TryView(
            String tryId,
            int number,
            String response,
            List<Criterion> criteria,
            List<String> ticked,
            List<String> examples,
            List<String> hints,
            boolean feedbackRequested) {}

    /** An instructor's answer to a response the student sent for feedback. */
    public record FeedbackView(
            String tryId,
            String client,
            String response,
            Instant requestedAt,
            Optional<Instant> answeredAt,
            List<Criterion> met,
            List<Criterion> notMet,
            String comment) {}
}
