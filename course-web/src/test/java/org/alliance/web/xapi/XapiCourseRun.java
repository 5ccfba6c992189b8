package org.alliance.web.xapi;

import static org.alliance.web.TestUsers.signIn;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Item;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.practice.Difficulty;
import org.alliance.core.scoring.Response;
import org.alliance.core.scoring.branching.BranchingBounds;
import org.alliance.web.TestClock;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.TestCourses;
import org.alliance.web.drill.DrillPractice;
import org.alliance.web.drill.DrillViews.TurnView;
import org.alliance.web.grading.Grading;
import org.alliance.web.learning.LessonProgress;
import org.alliance.web.vignette.VignetteAttempts;
import org.alliance.web.vignette.VignetteRescoring;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test fixture: one student's run through a course of its own (a copy of the bundled course owned by the demo
 * instructor), driven through the services, sending to a {@link TestLrs} on the way: a lesson and a quiz while
 * the LRS is up; a branching vignette, a best-response vignette and a drill statement while it is down; then a
 * free-text answer graded, released and overridden, and a ratings fix rescored, after it is back.
 */
final class XapiCourseRun {
    static final String LESSON = "l2-working-alliance";
    static final String QUIZ = "q2-working-alliance";
    static final String BRANCHING = "v6-diary-withdrawal";
    static final String BEST = "v3-empathy-or-sympathy";
    static final String FREE_TEXT = "v3-reflect-the-feeling";
    static final String DRILL = "d5-process-comment";
    private static final String SYMPATHY = "ratings: {d1-empathic-accuracy: 2, d2-warmth: 3, d6-timing: 3}";

    final String course = "xapi-run-" + ProcessHandle.current().pid();
    final String student = "xapi-run-student";
    final ApplicationContext context;
    final TestLrs lrs;
    /** What the LRS had answered when it came back up before the clock moved: none of the waiting were due. */
    String roundBeforeBackoff = "";
    /** Whether the waiting statements were in the outbox and not at the LRS while it was down. */
    boolean heldWhileDown;

    private XapiCourseRun(ApplicationContext context, TestLrs lrs) {
        this.context = context;
        this.lrs = lrs;
    }

    static XapiCourseRun play(ApplicationContext context, TestLrs lrs) {
        var run = new XapiCourseRun(context, lrs);
        try {
            run.play();
        } finally {
            SecurityContextHolder.clearContext();
        }
        return run;
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private void play() {
        var sender = bean(StatementSender.class);
        var store = bean(XapiStore.class);
        var clock = bean(TestClock.class);
        drain(sender); // what other tests left, so that the batches below are this run's

        var files = TestCourses.files(Path.of("../content/courses/therapeutic-relationship"), course);
        var v1 = TestCourses.publish(context, files, "instructor");
        signIn(student, "STUDENT");
        bean(CourseCatalog.class).enrol(course, null);

        // Up: a lesson and a quiz.
        var lessons = bean(LessonProgress.class);
        lessons.open(course, LESSON);
        lessons.markDone(course, LESSON, true);
        var quizzes = bean(QuizAttempts.class);
        String quiz = quizzes.start(course, QUIZ);
        for (Item item : ((Quiz) v1.course().activity(QUIZ).orElseThrow()).items()) {
            switch (item) {
                case SingleChoice c ->
                    quizzes.answer(
                            quiz,
                            c.id(),
                            new Response.SingleChoiceAnswer(
                                    c.options().getFirst().id()));
                case TrueFalse t -> quizzes.answer(quiz, t.id(), new Response.TrueFalseAnswer(t.answer()));
                default -> {} // left unanswered: still part of the score
            }
        }
        quizzes.submit(quiz);
        drain(sender);

        // Down: a branching vignette, a best-response vignette, a drill statement.
        lrs.down(true);
        var vignettes = bean(VignetteAttempts.class);
        var branching = (BranchingVignette) v1.course().activity(BRANCHING).orElseThrow();
        String walk = vignettes.start(course, BRANCHING);
        for (String choice : BranchingBounds.of(branching, v1.course().rubric().scale())
                .orElseThrow()
                .bestPath()) {
            vignettes.choose(walk, choice);
        }
        String pick = vignettes.start(course, BEST);
        vignettes.pick(pick, "a");
        var drills = bean(DrillPractice.class);
        TurnView turn = drills.start(course, DRILL);
        drills.respond(course, DRILL, turn.turnId(), "I notice something changed between us just now.");
        clock.advance(Duration.ofSeconds(40));
        drills.rate(course, DRILL, turn.turnId(), Difficulty.GOOD_CHALLENGE);
        sender.round(lrs.lrs());
        var waiting =
                store.ofUser(student).stream().filter(s -> s.sentAt() == null).toList();
        heldWhileDown = !waiting.isEmpty()
                && waiting.stream()
                        .allMatch(s -> s.tries() == 1 && !lrs.timesReceived().containsKey(s.id()));

        // Back up: nothing is due before its backoff has passed; then everything goes.
        lrs.down(false);
        roundBeforeBackoff = sender.round(lrs.lrs());
        clock.advance(Duration.ofMinutes(1));
        drain(sender);

        // A free-text answer graded and released, then overridden by the owner; a ratings fix rescored.
        String text = vignettes.start(course, FREE_TEXT);
        vignettes.submitText(
                text, "It sounds as if you have been holding this alone.", Map.of("d1-empathic-accuracy", 4));
        signIn("instructor", "INSTRUCTOR");
        var grading = bean(Grading.class);
        grading.rate(course, text, Map.of("d1-empathic-accuracy", 3, "d2-warmth", 3, "d6-timing", 3), false, "");
        grading.release(course, text, "");
        grading.override(
                course, text, Map.of("d1-empathic-accuracy", 5, "d2-warmth", 4, "d6-timing", 4), false, "", "Re-read");
        var path = "vignettes/" + BEST + ".yaml";
        files.put(
                path,
                files.get(path).replace(SYMPATHY, "ratings: {d1-empathic-accuracy: 4, d2-warmth: 3, d6-timing: 3}"));
        var v2 = TestCourses.publish(context, files, "instructor");
        signIn("instructor", "INSTRUCTOR");
        bean(VignetteRescoring.class).rescore(course, v2.versionId());
        drain(sender);
    }

    /** Rounds until a round sends nothing. */
    private void drain(StatementSender sender) {
        for (int i = 0; i < 100 && !sender.round(lrs.lrs()).startsWith("sent 0"); i++) {
            // the next round takes the next batches
        }
    }

    /** The statements the LRS holds about this run's student. */
    List<tools.jackson.databind.JsonNode> statementsAtLrs() {
        String actor = bean(XapiStore.class).actorId(student).orElseThrow();
        return lrs.statements().stream()
                .filter(s -> actor.equals(
                        s.path("actor").path("account").path("name").asString("")))
                .toList();
    }
}
