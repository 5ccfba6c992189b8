package org.alliance.web.vignette;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alliance.core.model.RatingScale;
import org.alliance.core.model.Ratings;
import org.alliance.core.model.Vignette;
import org.alliance.web.events.AttemptCompleted;
import org.alliance.web.events.AttemptKind;
import org.alliance.web.events.AttemptRescored;
import org.alliance.web.events.VignetteChoiceMade;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the learning events of vignette attempts: each committed choice and each finished attempt. */
@Component
class VignetteEvents {
    private final ApplicationEventPublisher events;

    VignetteEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    void chose(
            VignetteStore.Row row,
            Vignette vignette,
            @Nullable String nodeId,
            String optionId,
            String optionText,
            Ratings ratings,
            RatingScale scale,
            Instant at) {
        events.publishEvent(new VignetteChoiceMade(
                row.username(),
                row.courseId(),
                vignette.id(),
                vignette.title(),
                row.publicId(),
                nodeId,
                optionId,
                optionText,
                means(ratings),
                scale.min(),
                scale.max(),
                at));
    }

    /** A finished attempt; {@code score} null while a free-text answer waits for its graders. */
    void finished(VignetteStore.Row row, Vignette vignette, @Nullable Double score, Instant at) {
        events.publishEvent(new AttemptCompleted(
                row.username(),
                row.courseId(),
                vignette.id(),
                vignette.title(),
                AttemptKind.VIGNETTE,
                row.publicId(),
                score,
                null,
                row.startedAt(),
                at));
    }

    /** A rescored attempt: {@code reason} names the scoring rule, or is null for a teacher's rescoring. */
    void rescored(VignetteStore.Row row, double score, @Nullable String reason, Instant at) {
        events.publishEvent(new AttemptRescored(
                row.username(),
                row.courseId(),
                row.vignetteId(),
                AttemptKind.VIGNETTE,
                row.publicId(),
                score,
                null,
                reason,
                at));
    }

    /** The mean rating per dimension. */
    static Map<String, Double> means(Ratings ratings) {
        Map<String, Double> means = new LinkedHashMap<>();
        for (String dimension : ratings.dimensions()) {
            means.put(dimension, ratings.mean(dimension).orElseThrow());
        }
        return means;
    }
}
