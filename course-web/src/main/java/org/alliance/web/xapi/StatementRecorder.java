package org.alliance.web.xapi;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.alliance.web.events.AttemptCompleted;
import org.alliance.web.events.AttemptKind;
import org.alliance.web.events.AttemptRescored;
import org.alliance.web.events.DrillStatementPractised;
import org.alliance.web.events.FreeTextGraded;
import org.alliance.web.events.GradeOverridden;
import org.alliance.web.events.ItemAnswered;
import org.alliance.web.events.LessonCompleted;
import org.alliance.web.events.VignetteChoiceMade;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the statement of each learning event to the outbox, in the transaction that made the fact true (the
 * listeners run synchronously inside the publisher's transaction): the statement commits with the fact or not at
 * all. A changed grade (rescoring, override) replaces the statement that carried the attempt's grade: a copy with
 * the new score under a new id, and a statement voiding the old one.
 */
@Component
class StatementRecorder {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final XapiStore store;
    private final StatementFactory factory;
    private final ActivityIris iris;
    private final Clock clock;

    private final TransactionTemplate ownTransaction;

    StatementRecorder(
            XapiStore store, XapiProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.store = store;
        this.iris = new ActivityIris(properties.root());
        this.factory = new StatementFactory(iris, properties.language());
        this.clock = clock;
    }

    @EventListener
    void on(LessonCompleted e) {
        write(e.username(), e.courseId(), null, factory.lessonCompleted(actor(e.username()), e));
    }

    @EventListener
    void on(ItemAnswered e) {
        write(e.username(), e.courseId(), null, factory.itemAnswered(actor(e.username()), e));
    }

    @EventListener
    void on(VignetteChoiceMade e) {
        write(e.username(), e.courseId(), null, factory.choiceMade(actor(e.username()), e));
    }

    @EventListener
    void on(DrillStatementPractised e) {
        write(e.username(), e.courseId(), null, factory.statementPractised(actor(e.username()), e));
    }

    @EventListener
    void on(AttemptCompleted e) {
        write(
                e.username(),
                e.courseId(),
                e.scaled() == null ? null : e.attemptId(),
                factory.attemptCompleted(actor(e.username()), e));
    }

    @EventListener
    void on(FreeTextGraded e) {
        regrade(
                e.username(),
                e.courseId(),
                e.vignetteId(),
                AttemptKind.VIGNETTE,
                e.attemptId(),
                e.scaled(),
                null,
                e.ratings());
    }

    @EventListener
    void on(AttemptRescored e) {
        regrade(e.username(), e.courseId(), e.activityId(), e.kind(), e.attemptId(), e.scaled(), e.passed(), Map.of());
    }

    @EventListener
    void on(GradeOverridden e) {
        regrade(
                e.username(),
                e.courseId(),
                e.activityId(),
                AttemptKind.VIGNETTE,
                e.attemptId(),
                e.scaled(),
                null,
                e.ratings());
    }

    /**
     * The attempt's new grade: a copy of the statement that carried its grade (same verb, object, context and
     * timestamp) with the new result, and the old one voided; a "scored" statement where none carried it yet.
     */
    private void regrade(
            String username,
            String courseId,
            String activityId,
            AttemptKind kind,
            String attemptId,
            double scaled,
            @Nullable Boolean passed,
            Map<String, Double> ratings) {
        String actor = actor(username);
        var previous = store.currentGrade(attemptId);
        if (previous.isEmpty()) {
            write(
                    username,
                    courseId,
                    attemptId,
                    factory.scored(
                            actor, courseId, activityId, kind, attemptId, scaled, passed, ratings, clock.instant()));
            return;
        }
        ObjectNode copy = (ObjectNode) JSON.readTree(previous.get().body());
        String id = UUID.randomUUID().toString();
        copy.put("id", id);
        JsonNode oldResult = copy.get("result");
        ObjectNode result = oldResult instanceof ObjectNode o ? o : copy.putObject("result");
        result.set("score", JSON.valueToTree(StatementFactory.fraction(scaled)));
        if (passed != null) {
            result.put("success", passed);
        }
        if (!ratings.isEmpty()) {
            JsonNode oldExtensions = result.get("extensions");
            ObjectNode extensions = oldExtensions instanceof ObjectNode o ? o : result.putObject("extensions");
            extensions.set(iris.extension("ratings"), JSON.valueToTree(new java.util.TreeMap<>(ratings)));
        }
        store.insert(
                id,
                username,
                courseId,
                copy.path("verb").path("id").asString(),
                attemptId,
                JSON.writeValueAsString(copy),
                clock.instant());
        var voiding = factory.voiding(actor, previous.get().id(), clock.instant());
        write(username, courseId, null, voiding);
        store.markVoided(previous.get().id(), voiding.id());
    }

    /**
     * The user's actor id, made on first use in a transaction of its own: two first statements at once (two tabs)
     * then race on that insert alone, and the loser reads the winner's id, instead of failing the student's action.
     */
    private String actor(String username) {
        return store.actorId(username).orElseGet(() -> {
            try {
                ownTransaction.executeWithoutResult(status -> store.insertActor(username));
            } catch (DuplicateKeyException madeAlongside) {
                // the other transaction's id is the one
            }
            return store.actorId(username).orElseThrow();
        });
    }

    private void write(String username, String courseId, @Nullable String gradeOf, Statement statement) {
        store.insert(
                statement.id(),
                username,
                courseId,
                statement.verb().id(),
                gradeOf,
                JSON.writeValueAsString(statement),
                clock.instant());
    }
}
