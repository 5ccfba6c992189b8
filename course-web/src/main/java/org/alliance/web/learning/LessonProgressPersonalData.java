package org.alliance.web.learning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.alliance.web.account.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Learning's share of "My data": which lessons the user opened and marked done. On deletion the rows are
 * deleted, not aliased: reading traces are nobody's record (no grade rests on them), so keeping them even
 * anonymously would keep more than is needed.
 */
@Component
class LessonProgressPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    LessonProgressPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One lesson's progress as exported. */
    record Visit(String courseId, String lessonId, Instant lastVisitedAt, @Nullable Instant completedAt) {}

    @Override
    public String section() {
        return "lessonProgress";
    }

    @Override
    public List<Visit> export(String username) {
        return jdbc.sql("""
                select course_id, lesson_id, visited_at, completed_at from lesson_progress
                where username = ? order by course_id, lesson_id""")
                .param(username)
                .query((rs, n) -> {
                    OffsetDateTime completed = rs.getObject(4, OffsetDateTime.class);
                    return new Visit(rs.getString(1), rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(),
                            completed == null ? null : completed.toInstant());
                })
                .list();
    }

    @Override
    public void anonymise(String username, String alias) {
        jdbc.sql("delete from lesson_progress where username = ?").param(username).update();
    }
}
