package org.alliance.web.vignette;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.grading.AttemptFact;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for vignette attempts and branching steps: the student's own play, teachers' reads (through
 * {@link VignetteResults}) and "My data" (through {@link VignettePersonalData}). Private to the vignette feature.
 */
@Repository
class VignetteStore {
    private final JdbcClient jdbc;

    VignetteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            long id,
            String publicId,
            String username,
            String courseId,
            long versionId,
            String contentHash,
            String vignetteId,
            long seed,
            Instant startedAt,
            @Nullable Instant finishedAt,
            boolean excused,
            @Nullable Double score,
            boolean safetyFlagged,
            @Nullable String chosenOption,
            @Nullable String ratings,
            @Nullable String freeText,
            @Nullable String selfAssessment,
            @Nullable String explanation) {

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

    /**
     * A new attempt, numbered among the student's attempts at the vignette; a number already taken
     * (another tab started one a moment before) fails with {@link org.springframework.dao.DuplicateKeyException}.
     */
    void insert(
            String publicId,
            String username,
            String courseId,
            long versionId,
            String contentHash,
            String vignetteId,
            int attemptNo,
            long seed,
            Instant now,
            boolean excused) {
        jdbc.sql("insert into vignette_attempt (public_id, username, course_id, version_id, content_hash, vignette_id,"
                        + " attempt_no, seed, started_at, finished_at, excused, safety_flagged)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)")
                .params(
                        publicId,
                        username,
                        courseId,
                        versionId,
                        contentHash,
                        vignetteId,
                        attemptNo,
                        seed,
                        utc(now),
                        excused ? utc(now) : null,
                        excused)
                .update();
    }

    Optional<Row> byPublicId(String publicId) {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where public_id = ?")
                .param(publicId)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** By internal id: a practice replay names the attempt it rewinds this way. */
    Optional<Row> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where id = ?")
                .param(id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    List<Row> forVignette(String username, String courseId, String vignetteId) {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where username = ? and course_id = ?"
                        + " and vignette_id = ? order by id")
                .params(username, courseId, vignetteId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Every attempt of a user at a course's vignettes, open and excused ones included, in the order they began. */
    List<Row> inCourse(String username, String courseId) {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where username = ? and course_id = ? order by id")
                .params(username, courseId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Every finished attempt of a user, oldest first. */
    List<Row> finishedBy(String username) {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where username = ? and finished_at is not null"
                        + " order by finished_at, id")
                .param(username)
                .query((rs, n) -> row(rs))
                .list();
    }

    List<String> steps(long attemptId) {
        return jdbc.sql("select choice_id from vignette_step where attempt_id = ? order by step_no")
                .param(attemptId)
                .query(String.class)
                .list();
    }

    void addStep(long attemptId, int stepNo, String choiceId, Instant now) {
        jdbc.sql("insert into vignette_step (attempt_id, step_no, choice_id, taken_at) values (?, ?, ?, ?)")
                .params(attemptId, stepNo, choiceId, utc(now))
                .update();
    }

    /** Finishes an attempt once; false when it was finished already. */
    /**
     * Locks the attempt's row until the transaction ends, so two tabs answering at once take turns and the
     * second finds it finished; true if it is still open.
     */
    boolean lockOpen(long attemptId) {
        return jdbc.sql("select finished_at from vignette_attempt where id = ? for update")
                .param(attemptId)
                .query((rs, n) -> rs.getObject(1) == null)
                .single();
    }

    boolean finish(long attemptId, @Nullable Double score, boolean safetyFlagged, Instant now) {
        return jdbc.sql("update vignette_attempt set finished_at = ?, score = ?, safety_flagged = ?"
                                + " where id = ? and finished_at is null")
                        .params(utc(now), score, safetyFlagged, attemptId)
                        .update()
                == 1;
    }

    void saveAnswer(
            long attemptId,
            @Nullable String chosenOption,
            @Nullable String ratings,
            @Nullable String freeText,
            @Nullable String selfAssessment) {
        jdbc.sql("update vignette_attempt set chosen_option = ?, ratings = ?, free_text = ?, self_assessment = ?"
                        + " where id = ?")
                .params(chosenOption, ratings, freeText, selfAssessment, attemptId)
                .update();
    }

    /** Keeps a reply as typed, on an attempt still open only; true when it was kept. */
    boolean saveDraft(long attemptId, String text) {
        return jdbc.sql("update vignette_attempt set draft_text = ? where id = ? and finished_at is null")
                        .params(text, attemptId)
                        .update()
                == 1;
    }

    Optional<String> draft(long attemptId) {
        return jdbc.sql("select draft_text from vignette_attempt where id = ? and finished_at is null"
                        + " and draft_text is not null")
                .param(attemptId)
                .query(String.class)
                .optional();
    }

    void clearDraft(long attemptId) {
        jdbc.sql("update vignette_attempt set draft_text = null where id = ?")
                .param(attemptId)
                .update();
    }

    /** Per attempt of a user, its unsent draft, for "My data". */
    Map<Long, String> draftsBy(String username) {
        Map<Long, String> drafts = new LinkedHashMap<>();
        jdbc.sql("select id, draft_text from vignette_attempt where username = ? and draft_text is not null")
                .param(username)
                .query(rs -> {
                    drafts.put(rs.getLong(1), rs.getString(2));
                });
        return drafts;
    }

    void saveExplanation(long attemptId, String explanation) {
        jdbc.sql("update vignette_attempt set explanation = ? where id = ?")
                .params(explanation, attemptId)
                .update();
    }

    /** Finished, not excused attempts of a course that carry a free-text answer, oldest first (for grading). */
    List<Row> finishedFreeText(String courseId) {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where course_id = ? and finished_at is not null"
                        + " and excused = false and free_text is not null order by finished_at, id")
                .param(courseId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Finished, not excused attempts at a course's vignettes, by anyone, oldest first. For teachers' tools only. */
    List<Row> finishedInCourse(String courseId) {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where course_id = ? and finished_at is not null"
                        + " and excused = false order by id")
                .param(courseId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Finished, not excused attempts of every course, oldest first: for a scoring rule upgrade only. */
    List<Row> finishedEverywhere() {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where finished_at is not null"
                        + " and excused = false order by id")
                .query((rs, n) -> row(rs))
                .list();
    }

    /**
     * For each attempt rescored after a content fix, the version whose ratings its score now reflects (the latest
     * rescoring's target); attempts never rescored are absent and scored on the version they were taken on.
     */
    Map<Long, Long> keysVersions() {
        Map<Long, Long> versions = new HashMap<>();
        jdbc.sql("select attempt_id, to_version_id from vignette_rescore_audit order by id")
                .query(rs -> {
                    versions.put(rs.getLong(1), rs.getLong(2));
                });
        return versions;
    }

    /**
     * A new automatic score, from a later version or under a changed scoring rule ({@code reason} names the
     * rule; null for a content fix), with its audit record.
     */
    void rescore(
            Row row,
            double score,
            boolean safetyFlagged,
            String actor,
            long toVersion,
            @Nullable String reason,
            Instant now) {
        jdbc.sql("update vignette_attempt set score = ?, safety_flagged = ? where id = ?")
                .params(score, safetyFlagged, row.id())
                .update();
        jdbc.sql("insert into vignette_rescore_audit (attempt_id, actor, at, from_version_id, to_version_id,"
                        + " old_score, new_score, old_flagged, new_flagged, reason)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        row.id(),
                        actor,
                        utc(now),
                        row.versionId(),
                        toVersion,
                        row.score(),
                        score,
                        row.safetyFlagged(),
                        safetyFlagged,
                        reason)
                .update();
    }

    /** Writes an instructor's released (or overridden) grade. */
    void grade(long attemptId, double score, boolean safetyFlagged) {
        jdbc.sql("update vignette_attempt set score = ?, safety_flagged = ? where id = ?")
                .params(score, safetyFlagged, attemptId)
                .update();
    }

    // Teachers' reads, for VignetteResults: what a grade needs, and of a free-text answer only that there is one.

    private static final String RECORD_COLUMNS =
            "username, vignette_id, version_id, started_at, finished_at, excused, score, safety_flagged,"
                    + " free_text is not null";

    /**
     * Every attempt of the given users at a course's vignettes, open and excused ones included, in the order they
     * began.
     */
    List<VignetteResults.VignetteRecord> records(String courseId, Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + RECORD_COLUMNS + " from vignette_attempt where course_id = :course"
                        + " and username in (:names) order by id")
                .param("course", courseId)
                .param("names", usernames)
                .query((rs, n) -> record(rs))
                .list();
    }

    /** Every attempt of one user at a course's vignettes, open and excused ones included, oldest first. */
    List<VignetteResults.VignetteRecord> recordsOf(String courseId, String username) {
        return jdbc.sql("select " + RECORD_COLUMNS + " from vignette_attempt where course_id = ? and username = ?"
                        + " order by started_at, id")
                .params(courseId, username)
                .query((rs, n) -> record(rs))
                .list();
    }

    /** What a user answered in their latest finished, not excused attempt at a vignette. */
    record Latest(
            long id,
            String username,
            long versionId,
            @Nullable String option,
            @Nullable String ratings) {}

    /** Per user, in username order, their latest finished attempt at one vignette that was not excused. */
    List<Latest> latestAnswered(String courseId, String vignetteId) {
        Map<String, Latest> latest = new LinkedHashMap<>();
        jdbc.sql("select id, username, version_id, chosen_option, ratings from vignette_attempt where course_id = ?"
                        + " and vignette_id = ? and finished_at is not null and excused = false"
                        + " order by username, finished_at desc, id desc")
                .params(courseId, vignetteId)
                .query(rs -> {
                    latest.putIfAbsent(
                            rs.getString(2),
                            new Latest(
                                    rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
                });
        return List.copyOf(latest.values());
    }

    /**
     * Per finished, not excused attempt at one vignette, its branching choices in order; attempts without any are
     * absent. Joined by activity, not by a list of attempt ids: a list of thousands is scanned row by row.
     */
    Map<Long, List<String>> finishedSteps(String courseId, String vignetteId) {
        Map<Long, List<String>> steps = new HashMap<>();
        jdbc.sql("select s.attempt_id, s.choice_id from vignette_step s join vignette_attempt t on t.id = s.attempt_id"
                        + " where t.course_id = ? and t.vignette_id = ? and t.finished_at is not null"
                        + " and t.excused = false order by s.attempt_id, s.step_no")
                .params(courseId, vignetteId)
                .query(rs -> {
                    steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return steps;
    }

    /** How many finished attempts at a course's vignettes there are and the largest id among them. */
    String finishedStamp(String courseId) {
        return jdbc.sql("select count(*), coalesce(max(id), 0) from vignette_attempt where course_id = ?"
                        + " and finished_at is not null")
                .param(courseId)
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2))
                .single();
    }

    // A person's own record, for VignettePersonalData ("My data").

    /** Every attempt of a user, in the order they began. */
    List<Row> allBy(String username) {
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where username = ? order by started_at, id")
                .param(username)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Per attempt of a user, its branching choices in order. */
    Map<Long, List<String>> stepsBy(String username) {
        Map<Long, List<String>> steps = new LinkedHashMap<>();
        jdbc.sql("""
                select s.attempt_id, s.choice_id from vignette_step s join vignette_attempt a on a.id = s.attempt_id
                where a.username = ? order by s.attempt_id, s.step_no""").param(username).query(rs -> {
            steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return steps;
    }

    /**
     * Moves every attempt of a user to another name with its score, and removes what is in their own words: free
     * text, self-assessment and explanation.
     */
    void reassignWithoutOwnWords(String username, String alias) {
        jdbc.sql("update vignette_attempt set username = ?, free_text = null, self_assessment = null,"
                        + " explanation = null, draft_text = null where username = ?")
                .params(alias, username)
                .update();
    }

    private static VignetteResults.VignetteRecord record(ResultSet rs) throws SQLException {
        return new VignetteResults.VignetteRecord(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                instant(rs.getObject(4, OffsetDateTime.class)),
                instant(rs.getObject(5, OffsetDateTime.class)),
                rs.getBoolean(6),
                rs.getObject(7) == null ? null : rs.getDouble(7),
                rs.getBoolean(8),
                rs.getBoolean(9));
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                rs.getLong(8),
                instant(rs.getObject(9, OffsetDateTime.class)),
                instant(rs.getObject(10, OffsetDateTime.class)),
                rs.getBoolean(11),
                rs.getObject(12) == null ? null : rs.getDouble(12),
                rs.getBoolean(13),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16),
                rs.getString(17),
                rs.getString(18));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @SuppressWarnings("NullAway")
    private static Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
