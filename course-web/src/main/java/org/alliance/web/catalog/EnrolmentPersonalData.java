package org.alliance.web.catalog;

import java.time.Instant;
import java.util.List;
import org.alliance.web.account.PersonalData;
import org.springframework.stereotype.Component;

/**
 * The catalogue's share of "My data": the user's enrolments. On deletion they move to the alias, so that a
 * course's roster still counts the anonymous student whose graded attempts it keeps.
 */
@Component
class EnrolmentPersonalData implements PersonalData {
    private final CourseStore store;

    EnrolmentPersonalData(CourseStore store) {
        this.store = store;
    }

    /** One enrolment as exported. */
    record Enrolment(String courseId, Instant enrolledAt) {}

    @Override
    public String section() {
        return "enrolments";
    }

    @Override
    public List<Enrolment> export(String username) {
        return store.enrolmentsOf(username);
    }

    @Override
    public void anonymise(String username, String alias) {
        store.reassignEnrolments(username, alias);
    }
}
