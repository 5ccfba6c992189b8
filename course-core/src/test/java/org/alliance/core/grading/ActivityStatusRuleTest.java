package org.alliance.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.alliance.core.grading.ActivityStatus.AwaitingGrade;
import org.alliance.core.grading.ActivityStatus.Done;
import org.alliance.core.grading.ActivityStatus.Excused;
import org.alliance.core.grading.ActivityStatus.Graded;
import org.alliance.core.grading.ActivityStatus.InProgress;
import org.alliance.core.grading.ActivityStatus.NotDone;
import org.alliance.core.model.Activity;
import org.alliance.core.model.ActivityKind;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.GradingMethod;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.QuizSettings;
import org.alliance.core.model.Reflection;
import org.alliance.core.model.VignetteHeader;
import org.alliance.core.model.VignetteSettings;
import org.alliance.core.scoring.SampleItems;
import org.alliance.core.scoring.SampleVignettes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActivityStatusRuleTest {

    private static final Quiz QUIZ = new Quiz("q1", "Quiz", QuizSettings.defaults(), List.of(SampleItems.bordin()));
    private static final Quiz LAST_COUNTS = new Quiz(
            "q2",
            "Quiz",
            new QuizSettings(
                    QuizSettings.defaults().behaviour(),
                    1,
                    0,
                    0,
                    GradingMethod.LAST,
                    0,
                    0.7,
                    true,
                    QuizSettings.defaults().review()),
            List.of(SampleItems.bordin()));
    /** Has a content note, so it may be skipped. */
    private static final BestResponseVignette NOTED = new BestResponseVignette(
            SampleVignettes.header("v-noted", Optional.of("Grief.")),
            "c",
            Optional.empty(),
            SampleVignettes.v1().options());
    /** Has no content note: a skip recorded on it does not count. */
    private static final BestResponseVignette PLAIN = SampleVignettes.v1();

    private static final FreeTextVignette FREE_TEXT = freeText(Optional.of("Self-harm."), GradingMethod.HIGHEST);
    private static final FreeTextVignette FREE_TEXT_LAST = freeText(Optional.empty(), GradingMethod.LAST);
    private static final Reflection REFLECTION = new Reflection("r1", "Reflect", "Think.");

    private static FreeTextVignette freeText(Optional<String> note, GradingMethod method) {
        var h = SampleVignettes.header("v-free", note);
        var header = new VignetteHeader(
                h.id(),
                h.title(),
                h.level(),
                h.objectives(),
                h.concepts(),
                note,
                h.persona(),
                h.context(),
                h.dimensions(),
                h.commentary(),
                new VignetteSettings(0, method));
        var sample = SampleVignettes.freeText();
        return new FreeTextVignette(
                header, sample.client(), sample.cue(), sample.prompt(), sample.examples(), sample.anchors());
    }

    private static Instant at(int minute) {
        return Instant.parse("2026-01-01T10:00:00Z").plusSeconds(60L * minute);
    }

    private static AttemptFact open() {
        return AttemptFact.open();
    }

    private static AttemptFact submitted(int minute, Double score) {
        return AttemptFact.quiz(at(minute), score);
    }

    private static AttemptFact scored(int minute, double score) {
        return new AttemptFact(at(minute), false, false, score);
    }

    private static AttemptFact skipped(int minute) {
        return new AttemptFact(at(minute), true, false, null);
    }

    /** What a skip does to an attempt that was open: finished with no answer and no score. */
    private static AttemptFact closedBySkip(int minute) {
        return new AttemptFact(at(minute), false, false, null);
    }

    private static AttemptFact answerWaiting(int minute) {
        return new AttemptFact(at(minute), false, true, null);
    }

    private static AttemptFact answerReleased(int minute, double score) {
        return new AttemptFact(at(minute), false, true, score);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                row("a quiz with no attempt is not started", QUIZ, List.of(), new NotDone()),
                row("a quiz attempt begun and not submitted is in progress", QUIZ, List.of(open()), new InProgress()),
                row("a submitted quiz attempt is graded", QUIZ, List.of(submitted(1, 0.6)), new Graded(0.6)),
                row(
                        "a submitted attempt is graded while a later one is open",
                        QUIZ,
                        List.of(submitted(1, 0.4), open()),
                        new Graded(0.4)),
                row(
                        "a submitted quiz attempt without a stored score scores 0",
                        QUIZ,
                        List.of(submitted(1, null)),
                        new Graded(0)),
                row(
                        "the quiz's grading method picks among submitted attempts",
                        QUIZ,
                        List.of(submitted(1, 0.9), submitted(2, 0.3)),
                        new Graded(0.9)),
                row(
                        "'last' means the last to finish, whatever order the attempts are read in",
                        LAST_COUNTS,
                        List.of(submitted(5, 0.2), submitted(3, 0.8)),
                        new Graded(0.2)),
                row("a scored vignette attempt is graded", NOTED, List.of(scored(1, 0.8)), new Graded(0.8)),
                row("a skipped vignette is excused", NOTED, List.of(skipped(1)), new Excused()),
                row(
                        "a skip stays in force while a later attempt is open",
                        NOTED,
                        List.of(skipped(1), open()),
                        new Excused()),
                row(
                        "an attempt closed by the skip does not make the vignette done",
                        NOTED,
                        List.of(closedBySkip(1), skipped(1)),
                        new Excused()),
                row(
                        "an attempt closed without an answer alone is not started",
                        NOTED,
                        List.of(closedBySkip(1)),
                        new NotDone()),
                row("a score after a skip counts", NOTED, List.of(skipped(1), scored(2, 0.5)), new Graded(0.5)),
                row(
                        "a skip recorded on a vignette without a content note is ignored",
                        PLAIN,
                        List.of(skipped(1)),
                        new NotDone()),
                row("a vignette attempt begun is in progress", PLAIN, List.of(open()), new InProgress()),
                row(
                        "a free-text answer without a released grade awaits it",
                        FREE_TEXT,
                        List.of(answerWaiting(1)),
                        new AwaitingGrade()),
                row(
                        "a released free-text grade is graded",
                        FREE_TEXT,
                        List.of(answerReleased(1, 0.75)),
                        new Graded(0.75)),
                row(
                        "a released grade stands while a later answer waits",
                        FREE_TEXT,
                        List.of(answerReleased(1, 0.5), answerWaiting(2)),
                        new Graded(0.5)),
                row(
                        "'last' counts only graded answers, so a waiting one does not erase the grade",
                        FREE_TEXT_LAST,
                        List.of(answerReleased(1, 0.5), answerWaiting(2)),
                        new Graded(0.5)),
                row(
                        "a free-text attempt closed by a skip is excused, not awaiting a grade",
                        FREE_TEXT,
                        List.of(closedBySkip(1), skipped(1)),
                        new Excused()),
                row(
                        "an answer waiting for its grade outranks an earlier skip",
                        FREE_TEXT,
                        List.of(skipped(1), answerWaiting(2)),
                        new AwaitingGrade()),
                row("a reflection without an answer is not started", REFLECTION, List.of(), new NotDone()),
                row(
                        "a reflection with a saved answer is done",
                        REFLECTION,
                        List.of(AttemptFact.reflection(at(1))),
                        new Done()));
    }

    private static Arguments row(
            String behaviour, Activity activity, List<AttemptFact> attempts, ActivityStatus expected) {
        return Arguments.of(behaviour, activity, attempts, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_status_follows_the_attempts(
            String behaviour, Activity activity, List<AttemptFact> attempts, ActivityStatus expected) {
        assertThat(ActivityStatusRule.of(activity, attempts)).isEqualTo(expected);
    }

    @Test
    void one_attempt_on_its_own_reads_by_its_kind_alone() {
        assertThat(ActivityStatusRule.ofAttempt(ActivityKind.QUIZ, open())).isEqualTo(new InProgress());
        assertThat(ActivityStatusRule.ofAttempt(ActivityKind.QUIZ, submitted(1, null)))
                .isEqualTo(new Graded(0));
        assertThat(ActivityStatusRule.ofAttempt(ActivityKind.VIGNETTE, skipped(1)))
                .isEqualTo(new Excused());
        assertThat(ActivityStatusRule.ofAttempt(ActivityKind.VIGNETTE, closedBySkip(1)))
                .isEqualTo(new NotDone());
        assertThat(ActivityStatusRule.ofAttempt(ActivityKind.VIGNETTE, answerWaiting(1)))
                .isEqualTo(new AwaitingGrade());
        assertThat(ActivityStatusRule.ofAttempt(ActivityKind.VIGNETTE, answerReleased(1, 0.5)))
                .isEqualTo(new Graded(0.5));
    }

    @Test
    void only_not_started_and_in_progress_count_as_not_done() {
        assertThat(Stream.of(
                                new NotDone(),
                                new InProgress(),
                                new Done(),
                                new AwaitingGrade(),
                                new Graded(0),
                                new Excused())
                        .map(ActivityStatus::done))
                .containsExactly(false, false, true, true, true, true);
    }
}
