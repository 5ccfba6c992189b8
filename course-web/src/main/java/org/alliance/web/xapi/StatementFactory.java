package org.alliance.web.xapi;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.alliance.core.model.ItemType;
import org.alliance.web.events.AttemptCompleted;
import org.alliance.web.events.AttemptKind;
import org.alliance.web.events.DrillStatementPractised;
import org.alliance.web.events.ItemAnswered;
import org.alliance.web.events.LessonCompleted;
import org.alliance.web.events.VignetteChoiceMade;
import org.alliance.web.xapi.Statement.Activity;
import org.alliance.web.xapi.Statement.Agent;
import org.alliance.web.xapi.Statement.Context;
import org.alliance.web.xapi.Statement.ContextActivities;
import org.alliance.web.xapi.Statement.Definition;
import org.alliance.web.xapi.Statement.Result;
import org.alliance.web.xapi.Statement.Score;
import org.alliance.web.xapi.Statement.StatementRef;
import org.alliance.web.xapi.Statement.Verb;
import org.jspecify.annotations.Nullable;

/**
 * Builds the statement of each learning event, for an actor given by their opaque id. Pure: the ids and the
 * time come in, nothing is looked up.
 */
final class StatementFactory {
    static final String PLATFORM = "Alliance";

    private final ActivityIris iris;
    private final String language;

    StatementFactory(ActivityIris iris, String language) {
        this.iris = iris;
        this.language = language;
    }

    /** The registration of one user in one course: stable, and telling nothing without the random actor id. */
    static String registration(String actorId, String courseId) {
        return UUID.nameUUIDFromBytes((actorId + "|" + courseId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    Statement lessonCompleted(String actorId, LessonCompleted e) {
        var lesson = activity(iris.lesson(e.courseId(), e.lessonId()), e.lessonTitle(), ActivityIris.TYPE_LESSON, null);
        return statement(
                actorId,
                Verbs.COMPLETED,
                lesson,
                new Result(null, null, true, null, null, null),
                context(actorId, e.courseId(), List.of(course(e.courseId())), List.of(), null),
                e.at());
    }

    Statement itemAnswered(String actorId, ItemAnswered e) {
        var item = activity(
                iris.item(e.courseId(), e.quizId(), e.itemId()),
                e.itemPrompt(),
                ActivityIris.TYPE_INTERACTION,
                interactionType(e.itemType()));
        var quiz = activity(iris.quiz(e.courseId(), e.quizId()), e.quizTitle(), ActivityIris.TYPE_ASSESSMENT, null);
        return statement(
                actorId,
                Verbs.ANSWERED,
                item,
                new Result(
                        e.score() == null ? null : fraction(e.score()),
                        e.correct(),
                        null,
                        e.response(),
                        null,
                        Map.of(iris.extension("try"), e.tryNumber())),
                context(actorId, e.courseId(), List.of(quiz), List.of(course(e.courseId())), attempt(e.attemptId())),
                e.at());
    }

    Statement choiceMade(String actorId, VignetteChoiceMade e) {
        var vignette = activity(
                iris.vignette(e.courseId(), e.vignetteId()), e.vignetteTitle(), ActivityIris.TYPE_SIMULATION, null);
        var chosen = e.nodeId() == null
                ? activity(
                        iris.vignette(e.courseId(), e.vignetteId()) + "/choice",
                        e.vignetteTitle(),
                        ActivityIris.TYPE_INTERACTION,
                        "choice")
                : activity(
                        iris.node(e.courseId(), e.vignetteId(), e.nodeId()),
                        e.vignetteTitle() + ": " + e.nodeId(),
                        ActivityIris.TYPE_INTERACTION,
                        "choice");
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(iris.extension("ratings"), new TreeMap<>(e.ratings()));
        extensions.put(iris.extension("rating-scale"), Map.of("min", e.scaleMin(), "max", e.scaleMax()));
        extensions.put(iris.extension("choice-text"), e.optionText());
        return statement(
                actorId,
                Verbs.RESPONDED,
                chosen,
                new Result(null, null, null, e.optionId(), null, extensions),
                context(
                        actorId,
                        e.courseId(),
                        List.of(vignette),
                        List.of(course(e.courseId())),
                        attempt(e.attemptId())),
                e.at());
    }

    Statement statementPractised(String actorId, DrillStatementPractised e) {
        var statement = activity(
                iris.drillStatement(e.courseId(), e.drillId(), e.statementId()),
                e.drillTitle() + ": " + e.statementId(),
                ActivityIris.TYPE_INTERACTION,
                "other");
        var drill = activity(iris.drill(e.courseId(), e.drillId()), e.drillTitle(), ActivityIris.TYPE_OBJECTIVE, null);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(iris.extension("difficulty"), e.difficulty().toLowerCase(Locale.ROOT));
        extensions.put(iris.extension("level"), e.level().name().toLowerCase(Locale.ROOT));
        return statement(
                actorId,
                Verbs.INTERACTED,
                statement,
                new Result(
                        null,
                        null,
                        true,
                        null,
                        Duration.ofSeconds(e.activeSeconds()).toString(),
                        extensions),
                context(actorId, e.courseId(), List.of(drill), List.of(course(e.courseId())), null),
                e.at());
    }

    Statement attemptCompleted(String actorId, AttemptCompleted e) {
        var activity = attemptActivity(e.courseId(), e.activityId(), e.activityTitle(), e.kind());
        Duration took = Duration.between(e.startedAt(), e.at());
        return statement(
                actorId,
                Verbs.COMPLETED,
                activity,
                new Result(
                        e.scaled() == null ? null : fraction(e.scaled()),
                        e.passed(),
                        true,
                        null,
                        (took.isNegative() ? Duration.ZERO : took.truncatedTo(ChronoUnit.SECONDS)).toString(),
                        null),
                context(actorId, e.courseId(), List.of(course(e.courseId())), List.of(), attempt(e.attemptId())),
                e.at());
    }

    /**
     * A grade given after the attempt (a released free-text grade, or a rescoring or override of an attempt with
     * no earlier statement here), with the rubric ratings where there are some.
     */
    Statement scored(
            String actorId,
            String courseId,
            String activityId,
            AttemptKind kind,
            String attemptId,
            double scaled,
            @Nullable Boolean passed,
            Map<String, Double> ratings,
            Instant at) {
        return statement(
                actorId,
                Verbs.SCORED,
                attemptActivity(courseId, activityId, activityId, kind),
                new Result(
                        fraction(scaled),
                        passed,
                        null,
                        null,
                        null,
                        ratings.isEmpty() ? null : Map.of(iris.extension("ratings"), new TreeMap<>(ratings))),
                context(actorId, courseId, List.of(course(courseId)), List.of(), attempt(attemptId)),
                at);
    }

    /** Voids the statement {@code voidedId}: the actor is the one of the statement voided. */
    Statement voiding(String actorId, String voidedId, Instant at) {
        return new Statement(
                UUID.randomUUID().toString(),
                Agent.of(iris.homePage(), actorId),
                Verbs.VOIDED,
                StatementRef.to(voidedId),
                null,
                null,
                timestamp(at),
                Statement.VERSION);
    }

    /** A score of a fraction 0..1: scaled and raw alike, on 0..1. */
    static Score fraction(double value) {
        double clamped = Math.clamp(value, 0.0, 1.0);
        return new Score(clamped, clamped, 0, 1);
    }

    static String timestamp(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private Activity attemptActivity(String courseId, String activityId, String title, AttemptKind kind) {
        return kind == AttemptKind.QUIZ
                ? activity(iris.quiz(courseId, activityId), title, ActivityIris.TYPE_ASSESSMENT, null)
                : activity(iris.vignette(courseId, activityId), title, ActivityIris.TYPE_SIMULATION, null);
    }

    private Statement statement(
            String actorId, Verb verb, Activity object, Result result, Context context, Instant at) {
        return new Statement(
                UUID.randomUUID().toString(),
                Agent.of(iris.homePage(), actorId),
                verb,
                object,
                result,
                context,
                timestamp(at),
                Statement.VERSION);
    }

    private Context context(
            String actorId,
            String courseId,
            List<Activity> parent,
            List<Activity> grouping,
            @Nullable Map<String, Object> extensions) {
        return new Context(
                registration(actorId, courseId),
                new ContextActivities(parent, grouping),
                PLATFORM,
                language,
                extensions);
    }

    private Map<String, Object> attempt(String attemptId) {
        return Map.of(iris.extension("attempt"), attemptId);
    }

    private Activity course(String courseId) {
        return activity(iris.course(courseId), courseId, ActivityIris.TYPE_COURSE, null);
    }

    private Activity activity(String id, String name, String type, @Nullable String interactionType) {
        return Activity.of(id, new Definition(Map.of(language, name), type, interactionType));
    }

    /** xAPI's interaction type of each item type (1.0.3, section 4.1.4.1). */
    static String interactionType(ItemType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE, BEST_RESPONSE -> "choice";
            case TRUE_FALSE -> "true-false";
            case MATCHING -> "matching";
            case ORDERING -> "sequencing";
            case SHORT_TEXT -> "fill-in";
        };
    }
}
