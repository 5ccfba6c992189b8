package org.alliance.web.reflection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.alliance.web.account.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reflections in "My data": exported in full; deleted with the account, since they grade nothing. */
@Component
class ReflectionPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    ReflectionPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Answer(String courseId, String reflectionId, String answer, boolean shared, Instant updatedAt) {}

    @Override
    public String section() {
        return "reflections";
    }

    @Override
    public List<Answer> export(String username) {
        return jdbc.sql("select course_id, reflection_id, answer, shared, updated_at from reflection_answer"
                        + " where username = ? order by course_id, reflection_id")
                .param(username)
                .query((rs, n) -> new Answer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public void anonymise(String username, String alias) {
        jdbc.sql("delete from reflection_answer where username = ?").param(username).update();
    }
}
