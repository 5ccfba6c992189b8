package org.alliance.web.lti;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.alliance.web.gradebook.LmsUserIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The LMS user ids ({@code sub}) of a page of students, for the gradebook CSV. */
@Component
class LtiUserIds implements LmsUserIds {
    private final JdbcClient jdbc;

    LtiUserIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean any(String courseId) {
        return jdbc.sql("select count(*) from lti_user u join enrolment e on e.username = u.username"
                                + " where e.course_id = ?")
                        .param(courseId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Override
    public Map<String, String> of(Collection<String> usernames) {
        var out = new HashMap<String, String>();
        if (usernames.isEmpty()) {
            return out;
        }
        jdbc.sql("select username, sub from lti_user where username in (:names) order by platform_id")
                .param("names", usernames)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> out.merge(e.getKey(), e.getValue(), (a, b) -> a + "; " + b));
        return out;
    }
}
