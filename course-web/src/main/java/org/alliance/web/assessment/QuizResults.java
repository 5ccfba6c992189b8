package org.alliance.web.assessment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.core.grading.AttemptFact;
import org.alliance.core.scoring.Response;
import org.alliance.web.catalog.CourseStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only quiz results for the people who teach a course: the gradebook and item analysis are built from
 * these, so other features never read the attempt tables themselves. Every method asks {@link CourseStaff}
 * first; a course the caller does not teach has no results.
 */
@Service
public class QuizResults {
    private final JdbcClient jdbc;
    private final CourseStaff staff;

    QuizResults(JdbcClient jdbc, CourseStaff staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    /** One attempt as a teacher sees it in a grade: no answers, no public id. */
    public record QuizRecord(String username, String quizId, long versionId, Instant startedAt,
            @Nullable Instant submittedAt, @Nullable Double score) {

        /** This attempt as the activity status rule reads it. */
        public AttemptFact fact() {
            return AttemptFact.quiz(submittedAt, score);
        }
    }

    /** The committed answers of one student's latest submitted attempt at a quiz. */
    public record SubmittedAnswers(String username, long versionId, Map<String, List<Response>> answers) {}

    private static final String COLUMNS = "username, activity_id, version_id, started_at, submitted_at, score";

    /** Every attempt of the given students, open ones included, in the order they began. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<QuizRecord> attempts(String courseId, Collection<String> usernames) {
        if (usernames.isEmpty() || !staff.canTeach(courseId)) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from attempt where course_id = :course and username in (:names)"
                        + " order by id")
                .param("course", courseId).param("names", usernames).query((rs, n) -> record(rs)).list();
    }

    /** Every attempt of one student at the course's quizzes, open ones included, oldest first. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<QuizRecord> attemptsOf(String courseId, String username) {
        if (!staff.canTeach(courseId)) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from attempt where course_id = ? and username = ? order by started_at, id")
                .params(courseId, username).query((rs, n) -> record(rs)).list();
    }

    /** Per student, the answers of their latest submitted attempt at one quiz: what item analysis counts. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<SubmittedAnswers> latestSubmitted(String courseId, String quizId) {
        if (!staff.canTeach(courseId)) {
            return List.of();
        }
        record Latest(long id, String username, long versionId) {}
        Map<String, Latest> latest = new LinkedHashMap<>();
        jdbc.sql("select id, username, version_id from attempt where course_id = ? and activity_id = ?"
                        + " and submitted_at is not null order by username, submitted_at desc, id desc")
                .params(courseId, quizId)
                .query(rs -> {
                    latest.putIfAbsent(rs.getString(2), new Latest(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                });
        if (latest.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, List<Response>>> answers = new LinkedHashMap<>();
        jdbc.sql("select attempt_id, item_id, response from attempt_answer where attempt_id in (:ids)"
                        + " order by attempt_id, item_id, try_no")
                .param("ids", latest.values().stream().map(Latest::id).toList())
                .query(rs -> {
                    answers.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(ResponseCodec.decode(rs.getString(3)));
                });
        return latest.values().stream()
                .map(l -> new SubmittedAnswers(l.username(), l.versionId(), answers.getOrDefault(l.id(), Map.of())))
                .toList();
    }

    private static QuizRecord record(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new QuizRecord(rs.getString(1), rs.getString(2), rs.getLong(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), instant(rs.getObject(5, OffsetDateTime.class)),
                rs.getObject(6) == null ? null : rs.getDouble(6));
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
