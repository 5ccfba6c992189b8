package org.alliance.web.catalog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.alliance.web.account.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalogue's share of "My data": the user's enrolments. On deletion they move to the alias, so that a
 * course's roster still counts the anonymous student whose graded attempts it keeps.
 */
@Component
class EnrolmentPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    EnrolmentPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One enrolment as exported. */
    record Enrolment(String courseId, Instant enrolledAt) {}

    @Override
    public String section() {
        return "enrolments";
    }

    @Override
    public List<Enrolment> export(String username) {
        return jdbc.sql("select course_id, enrolled_at from enrolment where username = ? order by enrolled_at")
                .param(username)
                .query((rs, n) -> new Enrolment(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public void anonymise(String username, String alias) {
        jdbc.sql("update enrolment set username = ? where username = ?").params(alias, username).update();
    }
}
