package org.alliance.web.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.alliance.core.model.Item;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.RatingScale;
import org.alliance.core.model.ReviewDetail;
import org.alliance.core.scoring.Correctness;
import org.alliance.core.scoring.ItemScoring;
import org.alliance.core.scoring.Response;
import org.alliance.core.scoring.attempt.ReviewPhase;
import org.alliance.core.scoring.attempt.ReviewPolicy;
import org.alliance.web.events.AttemptCompleted;
import org.alliance.web.events.AttemptKind;
import org.alliance.web.events.AttemptRescored;
import org.alliance.web.events.ItemAnswered;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the learning events of quiz attempts: each committed answer, with its correctness and score only
 * where the quiz shows them to the student at that moment, and each completed attempt.
 */
@Component
class AnswerEvents {
    private final ApplicationEventPublisher events;

    AnswerEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** One committed answer: an interactive try ({@code DURING}) or a final answer at submission. */
    void answered(
            AttemptStore.Row row,
            Quiz quiz,
            Item item,
            Response response,
            int tryNumber,
            RatingScale scale,
            ReviewPhase phase,
            Instant at) {
        Set<ReviewDetail> visible =
                ReviewPolicy.visible(quiz.settings().review(), quiz.settings().behaviour(), phase);
        var result = ItemScoring.score(item, response, scale);
        events.publishEvent(new ItemAnswered(
                row.username(),
                row.courseId(),
                quiz.id(),
                quiz.title(),
                row.publicId(),
                item.id(),
                item.type(),
                item.stem(),
                format(response),
                visible.contains(ReviewDetail.CORRECTNESS) ? result.correctness() == Correctness.CORRECT : null,
                visible.contains(ReviewDetail.SCORE) ? result.score() : null,
                tryNumber,
                at));
    }

    /** The answers committed by submission: those new since {@code before}, each as the try it is. */
    void answeredAtSubmission(
            AttemptStore.Row row,
            Quiz quiz,
            Map<String, List<Response>> before,
            Map<String, List<Response>> after,
            RatingScale scale,
            Instant at) {
        boolean deferred = quiz.settings().behaviour() != org.alliance.core.model.Behaviour.INTERACTIVE;
        for (Item item : quiz.items()) {
            List<Response> given = after.getOrDefault(item.id(), List.of());
            int from = deferred ? 0 : before.getOrDefault(item.id(), List.of()).size();
            for (int i = from; i < given.size(); i++) {
                if (!(given.get(i) instanceof Response.Unanswered)) {
                    answered(row, quiz, item, given.get(i), i + 1, scale, ReviewPhase.AFTER_SUBMIT, at);
                }
            }
        }
    }

    void completed(AttemptStore.Row row, Quiz quiz, double score, boolean passed, Instant at) {
        events.publishEvent(new AttemptCompleted(
                row.username(),
                row.courseId(),
                quiz.id(),
                quiz.title(),
                AttemptKind.QUIZ,
                row.publicId(),
                score,
                passed,
                row.startedAt(),
                at));
    }

    /** A rescored attempt: {@code reason} names the scoring rule, or is null for a teacher's rescoring. */
    void rescored(AttemptStore.Row row, double score, boolean passed, @Nullable String reason, Instant at) {
        events.publishEvent(new AttemptRescored(
                row.username(),
                row.courseId(),
                row.activityId(),
                AttemptKind.QUIZ,
                row.publicId(),
                score,
                passed,
                reason,
                at));
    }

    /** The response in xAPI's format for its interaction type (1.0.3, section 4.1.4.1, "response patterns"). */
    static String format(Response response) {
        return switch (response) {
            case Response.Unanswered u -> "";
            case Response.SingleChoiceAnswer a -> a.optionId();
            case Response.BestResponseAnswer a -> a.optionId();
            case Response.MultipleResponseAnswer a ->
                a.optionIds().stream().sorted().collect(Collectors.joining("[,]"));
            case Response.TrueFalseAnswer a -> Boolean.toString(a.value());
            case Response.MatchingAnswer a ->
                new TreeMap<>(a.answers())
                        .entrySet().stream()
                                .map(e -> e.getKey() + "[.]" + e.getValue())
                                .collect(Collectors.joining("[,]"));
            case Response.OrderingAnswer a -> String.join("[,]", a.stepIds());
            case Response.ShortTextAnswer a -> a.text();
        };
    }
}
