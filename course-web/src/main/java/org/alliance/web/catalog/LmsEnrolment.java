package org.alliance.web.catalog;

import java.time.Clock;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Course membership an LMS asserts: a launch whose signed token the lti feature has checked, or the roster its
 * Names and Role service returned. No signed-in user stands behind these calls (the LMS vouches for them), so
 * they carry no role check of their own; {@code ArchitectureTest} lets only the lti feature call them.
 */
@Service
public class LmsEnrolment {
    private final CourseStore store;
    private final CourseVersions versions;
    private final AccountService accounts;
    private final Clock clock;

    LmsEnrolment(CourseStore store, CourseVersions versions, AccountService accounts, Clock clock) {
        this.store = store;
        this.versions = versions;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The course's latest published version: what a launch lands on and Deep Linking offers. */
    public java.util.Optional<PublishedCourse> latest(String courseId) {
        return versions.latest(courseId);
    }

    /** Enrols a student the LMS lists as a learner; enrolment mode, key and dates are the LMS's business. */
    @Transactional
    public void enrolStudent(String courseId, String username) {
        if (!store.isEnrolled(courseId, username)) {
            store.enrol(courseId, username, clock.instant());
        }
    }

    /**
     * Makes an LMS instructor a co-instructor of the course; false when their account is a student account
     * (the global role stays as it is: an admin decides who may teach).
     */
    @Transactional
    public boolean addStaff(String courseId, String username) {
        var account = accounts.findForLogin(username);
        if (account.isEmpty() || account.get().role() == AccountRole.STUDENT) {
            return false;
        }
        if (!store.owner(courseId).filter(username::equals).isPresent()) {
            store.addInstructor(courseId, username, clock.instant());
        }
        return true;
    }

    /** Makes an LMS teaching assistant a rater of the course (grading only). */
    @Transactional
    public boolean addRater(String courseId, String username) {
        var account = accounts.findForLogin(username);
        if (account.isEmpty() || account.get().role() == AccountRole.STUDENT) {
            return false;
        }
        store.addRater(courseId, username, "lms", clock.instant());
        return true;
    }
}
