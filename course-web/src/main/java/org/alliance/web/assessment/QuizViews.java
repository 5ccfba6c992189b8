package org.alliance.web.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.alliance.core.model.GradingMethod;
import org.alliance.core.scoring.Correctness;
import org.alliance.core.scoring.Response;
import org.alliance.core.scoring.attempt.ReviewedItem;
import org.jspecify.annotations.Nullable;

/** What the assessment service gives its views: only what the student may see at that moment. */
public final class QuizViews {
    private QuizViews() {}

    /** A quiz's front page: its rules, the student's attempts and grade so far. */
    public record Overview(
            String courseId,
            String quizId,
            String title,
            boolean interactive,
            int attemptsAllowed,
            int timeLimitMinutes,
            GradingMethod gradingMethod,
            double passMark,
            List<AttemptSummary> attempts,
            Optional<String> openAttempt,
            boolean canStart,
            OptionalDouble grade) {}

    public record AttemptSummary(
            String publicId,
            int number,
            Instant startedAt,
            @Nullable Instant submittedAt,
            Optional<Double> score) {}

    /**
     * An attempt in progress, as the player shows it: each item's last committed answer, and (interactive) the
     * answers chosen but not checked yet, which carry nothing but what the student entered.
     */
    public record OpenQuiz(
            String publicId,
            String courseId,
            String quizId,
            String title,
            boolean interactive,
            int triesPerItem,
            List<PresentedItem> items,
            Map<String, SavedAnswer> saved,
            Map<String, Response> pending,
            @Nullable Instant deadline,
            boolean submitted) {}

    /**
     * What submitting now would do, by question number (1 for the first item): questions that would score as
     * unanswered, and answers chosen but not checked, which submission checks as their final try.
     */
    public record BeforeSubmit(boolean submitted, List<Integer> unanswered, List<Integer> unchecked) {}

    /** The last committed answer to an item, and (interactive only) what may be shown about it now. */
    public record SavedAnswer(Response response, int triesUsed, boolean canTryAgain, Optional<Shown> shown) {}

    /** Feedback revealed during an interactive attempt, after the student committed the answer. */
    public record Shown(Optional<Correctness> correctness, List<String> feedback) {}

    /** A submitted attempt as its review options allow, item by item. */
    public record Review(
            String publicId,
            String courseId,
            String quizId,
            String title,
            Optional<Double> score,
            Optional<Boolean> passed,
            List<ReviewRow> items) {}

    /**
     * One item of a review; {@code tries} is present when an interactive item was checked more than once and
     * its score may be shown, so the student sees what the retries cost.
     */
    public record ReviewRow(
            PresentedItem item, Optional<Response> given, ReviewedItem reviewed, Optional<Tries> tries) {}

    /**
     * The tries an interactive item took, as shares of the item's credit: what the last answer earned before
     * the retry penalty ({@code raw}), the penalty each retry cost, and what the item scored after it.
     */
    public record Tries(int used, double penaltyPerRetry, double raw, double scored) {}
}
