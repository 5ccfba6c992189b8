package org.alliance.web.catalog;

import java.util.List;
import java.util.Map;
import org.alliance.web.account.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Extra attempts and extensions teachers granted, in "My data"; they follow the attempts to the alias. */
@Component
class AllowancePersonalData implements PersonalData {
    private final JdbcClient jdbc;

    AllowancePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "allowances";
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(String username) {
        return Map.of(
                "extraAttempts", jdbc.sql("select course_id, activity_id, extra_attempts from student_allowance"
                        + " where username = ? order by course_id, activity_id").param(username).query().listOfRows(),
                "extensions", jdbc.sql("select course_id, extended_until from student_extension where username = ?"
                        + " order by course_id").param(username).query().listOfRows());
    }

    @Override
    public void anonymise(String username, String alias) {
        jdbc.sql("update student_allowance set username = ? where username = ?").params(alias, username).update();
        jdbc.sql("update student_extension set username = ? where username = ?").params(alias, username).update();
    }
}
