package org.alliance.web.vignette;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.core.grading.AttemptFact;
import org.alliance.web.catalog.CourseStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only vignette results for the people who teach a course: the gradebook and vignette analysis are
 * built from these, so other features never read the vignette tables themselves. Every method asks
 * {@link CourseStaff} first; a course the caller does not teach has no results.
 */
@Service
public class VignetteResults {
    private final JdbcClient jdbc;
    private final CourseStaff staff;

    VignetteResults(JdbcClient jdbc, CourseStaff staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    /**
     * One vignette attempt as a grade sees it; a free-text answer not yet graded has no score.
     *
     * @param answerForRaters it holds a free-text answer, which only a person scores
     */
    public record VignetteRecord(String username, String vignetteId, long versionId, Instant startedAt,
            @Nullable Instant finishedAt, boolean excused, @Nullable Double score, boolean safetyFlagged,
            boolean answerForRaters) {

        /** This attempt as the activity status rule reads it. */
        public AttemptFact fact() {
            return new AttemptFact(finishedAt, excused, answerForRaters, score);
        }
    }

    /** What one student answered in their latest finished, not excused attempt at a vignette. */
    public record VignetteAnswer(String username, long versionId, @Nullable String chosenOption,
            Map<String, Integer> ratings, List<String> steps) {}

    private static final String COLUMNS =
            "username, vignette_id, version_id, started_at, finished_at, excused, score, safety_flagged,"
                    + " free_text is not null";

    /** Every attempt of the given students, open and excused ones included, in the order they began. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<VignetteRecord> attempts(String courseId, Collection<String> usernames) {
        if (usernames.isEmpty() || !staff.canTeach(courseId)) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where course_id = :course"
                        + " and username in (:names) order by id")
                .param("course", courseId).param("names", usernames).query((rs, n) -> record(rs)).list();
    }

    /** Every vignette attempt of one student in the course, open ones included, oldest first. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<VignetteRecord> attemptsOf(String courseId, String username) {
        if (!staff.canTeach(courseId)) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from vignette_attempt where course_id = ? and username = ?"
                        + " order by started_at, id")
                .params(courseId, username).query((rs, n) -> record(rs)).list();
    }

    /** Per student, their latest finished attempt that was not skipped: what vignette analysis counts. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<VignetteAnswer> latestAnswers(String courseId, String vignetteId) {
        if (!staff.canTeach(courseId)) {
            return List.of();
        }
        record Latest(long id, String username, long versionId, @Nullable String option, @Nullable String ratings) {}
        Map<String, Latest> latest = new LinkedHashMap<>();
        jdbc.sql("select id, username, version_id, chosen_option, ratings from vignette_attempt where course_id = ?"
                        + " and vignette_id = ? and finished_at is not null and excused = false"
                        + " order by username, finished_at desc, id desc")
                .params(courseId, vignetteId)
                .query(rs -> {
                    latest.putIfAbsent(rs.getString(2), new Latest(rs.getLong(1), rs.getString(2), rs.getLong(3),
                            rs.getString(4), rs.getString(5)));
                });
        if (latest.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> steps = new LinkedHashMap<>();
        jdbc.sql("select attempt_id, choice_id from vignette_step where attempt_id in (:ids) order by attempt_id, step_no")
                .param("ids", latest.values().stream().map(Latest::id).toList())
                .query(rs -> {
                    steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return latest.values().stream()
                .map(l -> new VignetteAnswer(l.username(), l.versionId(), l.option(),
                        l.ratings() == null ? Map.of() : Json.ratings(l.ratings()),
                        steps.getOrDefault(l.id(), List.of())))
                .toList();
    }

    private static VignetteRecord record(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime finished = rs.getObject(5, OffsetDateTime.class);
        return new VignetteRecord(rs.getString(1), rs.getString(2), rs.getLong(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), finished == null ? null : finished.toInstant(),
                rs.getBoolean(6), rs.getObject(7) == null ? null : rs.getDouble(7), rs.getBoolean(8), rs.getBoolean(9));
    }
}
