package org.alliance.web.vignette;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.alliance.core.grading.AttemptFact;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for vignette attempts and branching steps. Private to the vignette feature. */
@Repository
class VignetteStore {
    private final JdbcClient jdbc;

    VignetteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, String publicId, String username, String courseId, long versionId, String contentHash,
            String vignetteId, long seed, Instant startedAt, @Nullable Instant finishedAt, boolean excused,
            @Nullable Double score, boolean safetyFlagged, @Nullable String chosenOption, @Nullable String ratings,
            @Nullable String freeText, @Nullable String selfAssessment, @Nullable String explanation) {

        boolean finished() {
            return finishedAt != null;
        }

        /** This attempt as the activity status rule reads it. */
        AttemptFact fact() {
            return new AttemptFact(finishedAt, excused, freeText != null, score);
        }
    }

    private static final String COLUMNS = "id, public_id, username, course_id, version_id, content_hash, vignette_id,"
            + " seed, started_at, finished_at, excused, score, safety_flagged, chosen_option, ratings, free_text,"
            + " self_assessment, explanation";

    void insert(String publicId, String username, String courseId, long versionId, String contentHash,
            String vignetteId, long seed, Instant now, boolean excused) {
        jdbc.sql("insert into vignette_attempt (public_id, username, course_id, version_id, content_hash, vignette_id,"
                        + " seed, started_at, finished_at, excused, safety_flagged)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)")
                .params(publicId, username, courseId, versionId, contentHash, vignetteId, seed, utc(now),
                        excused ? utc(now) : null, excused)
                .update();
    }

    Optional<Row> byPublicId(String publicId) {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where public_id = ?").param(publicId)
                .query((rs, n) -> row(rs)).optional();
    }

    List<Row> forVignette(String username, String courseId, String vignetteId) {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where username = ? and course_id = ?"
                        + " and vignette_id = ? order by id")
                .params(username, courseId, vignetteId).query((rs, n) -> row(rs)).list();
    }

    /** Every attempt of a user at a course's vignettes, open and excused ones included, in the order they began. */
    List<Row> inCourse(String username, String courseId) {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where username = ? and course_id = ? order by id")
                .params(username, courseId).query((rs, n) -> row(rs)).list();
    }

    /** Every finished attempt of a user, oldest first. */
    List<Row> finishedBy(String username) {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where username = ? and finished_at is not null"
                        + " order by finished_at, id")
                .param(username).query((rs, n) -> row(rs)).list();
    }

    List<String> steps(long attemptId) {
        return jdbc.sql("select choice_id from vignette_step where attempt_id = ? order by step_no")
                .param(attemptId).query(String.class).list();
    }

    void addStep(long attemptId, int stepNo, String choiceId, Instant now) {
        jdbc.sql("insert into vignette_step (attempt_id, step_no, choice_id, taken_at) values (?, ?, ?, ?)")
                .params(attemptId, stepNo, choiceId, utc(now)).update();
    }

    /** Finishes an attempt once; false when it was finished already. */
    boolean finish(long attemptId, @Nullable Double score, boolean safetyFlagged, Instant now) {
        return jdbc.sql("update vignette_attempt set finished_at = ?, score = ?, safety_flagged = ?"
                        + " where id = ? and finished_at is null")
                .params(utc(now), score, safetyFlagged, attemptId).update() == 1;
    }

    void saveAnswer(long attemptId, @Nullable String chosenOption, @Nullable String ratings,
            @Nullable String freeText, @Nullable String selfAssessment) {
        jdbc.sql("update vignette_attempt set chosen_option = ?, ratings = ?, free_text = ?, self_assessment = ?"
                        + " where id = ?")
                .params(chosenOption, ratings, freeText, selfAssessment, attemptId).update();
    }

    void saveExplanation(long attemptId, String explanation) {
        jdbc.sql("update vignette_attempt set explanation = ? where id = ?").params(explanation, attemptId).update();
    }

    /** Finished, not excused attempts of a course that carry a free-text answer, oldest first (for grading). */
    List<Row> finishedFreeText(String courseId) {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where course_id = ? and finished_at is not null"
                        + " and excused = false and free_text is not null order by finished_at, id")
                .param(courseId).query((rs, n) -> row(rs)).list();
    }

    /** Finished, not excused attempts at a course's vignettes, by anyone, oldest first. For teachers' tools only. */
    List<Row> finishedInCourse(String courseId) {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where course_id = ? and finished_at is not null"
                        + " and excused = false order by id")
                .param(courseId).query((rs, n) -> row(rs)).list();
    }

    /** Finished, not excused attempts of every course, oldest first: for a scoring rule upgrade only. */
    List<Row> finishedEverywhere() {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where finished_at is not null"
                        + " and excused = false order by id")
                .query((rs, n) -> row(rs)).list();
    }

    /**
     * A new automatic score, from a later version or under a changed scoring rule ({@code reason} names the
     * rule; null for a content fix), with its audit record.
     */
    void rescore(Row row, double score, boolean safetyFlagged, String actor, long toVersion, @Nullable String reason,
            Instant now) {
        jdbc.sql("update vignette_attempt set score = ?, safety_flagged = ? where id = ?")
                .params(score, safetyFlagged, row.id()).update();
        jdbc.sql("insert into vignette_rescore_audit (attempt_id, actor, at, from_version_id, to_version_id,"
                        + " old_score, new_score, old_flagged, new_flagged, reason)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.id(), actor, utc(now), row.versionId(), toVersion, row.score(), score,
                        row.safetyFlagged(), safetyFlagged, reason)
                .update();
    }

    /** Writes an instructor's released (or overridden) grade. */
    void grade(long attemptId, double score, boolean safetyFlagged) {
        jdbc.sql("update vignette_attempt set score = ?, safety_flagged = ? where id = ?")
                .params(score, safetyFlagged, attemptId).update();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getLong(8), instant(rs.getObject(9, OffsetDateTime.class)),
                instant(rs.getObject(10, OffsetDateTime.class)), rs.getBoolean(11),
                rs.getObject(12) == null ? null : rs.getDouble(12), rs.getBoolean(13), rs.getString(14),
                rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @SuppressWarnings("NullAway")
    private static Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
