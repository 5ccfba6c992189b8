package org.alliance.web.vignette;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.alliance.core.model.Level;
import org.alliance.core.model.Outcome;
import org.alliance.core.model.Persona;
import org.alliance.core.model.VignetteKind;
import org.jspecify.annotations.Nullable;

/**
 * What the vignette service gives its views. Before the student commits to a choice, only texts travel:
 * never ratings, rationales, feedback or where a choice leads.
 */
public final class VignetteViews {
    private VignetteViews() {}

    /** The vignette's page: the fictional client, the content note, the student's attempts. */
    public record Card(
            String courseId,
            String vignetteId,
            String title,
            Level level,
            VignetteKind kind,
            Persona persona,
            String context,
            Optional<String> contentNote,
            List<Summary> attempts,
            Optional<String> openAttempt,
            boolean canStart,
            OptionalDouble grade) {}

    public record Summary(
            String publicId,
            int number,
            Instant startedAt,
            @Nullable Instant finishedAt,
            boolean excused,
            Optional<Double> score,
            boolean awaitingGrade) {}

    public record Option(String id, String text) {}

    /** What the client says now, and what the student may answer. */
    public record Prompt(String client, Optional<String> cue, Optional<String> question, List<Option> options) {}

    /** A finished exchange in a branching vignette: the client's line, the student's reply, its feedback. */
    public record Turn(String client, Optional<String> cue, String reply, String feedback, int meterChange) {}

    public record Meter(int value, int min, int max) {}

    /** A rubric dimension with its anchors, for the student's self-assessment of a free-text answer. */
    public record Anchored(String id, String name, String description, Map<Integer, String> anchors) {}

    /** An attempt in play. */
    public record Play(
            String publicId,
            String courseId,
            String vignetteId,
            String title,
            VignetteKind kind,
            Persona persona,
            String context,
            List<Turn> transcript,
            Optional<Prompt> prompt,
            Optional<Meter> meter,
            List<Anchored> rubric,
            int scaleMin,
            int scaleMax,
            boolean finished) {}

    /** After the end: scores, the path against the best one, the author's commentary. */
    public record Debrief(
            String publicId,
            String courseId,
            String vignetteId,
            String title,
            VignetteKind kind,
            boolean excused,
            Optional<Double> score,
            boolean awaitingGrade,
            boolean safetyFlagged,
            List<DimensionScore> dimensions,
            List<PathStep> taken,
            List<PathStep> best,
            List<OptionReview> options,
            Optional<EndingView> ending,
            String commentary,
            Optional<String> explanation,
            Optional<String> freeText,
            Map<String, Integer> selfAssessment,
            Map<Integer, String> examples) {}

    /** A dimension's mean rating (on the course scale) over what the student chose. */
    public record DimensionScore(String id, String name, double rating, int min, int max) {}

    public record PathStep(String client, String reply, double score) {}

    /** An option after the end: the author's (or panel's) rating and rationale, and what the student did. */
    public record OptionReview(
            String text, double reference, Optional<Integer> studentRating, boolean chosen, String rationale) {}

    public record EndingView(Outcome outcome, String client, String summary) {}
}
