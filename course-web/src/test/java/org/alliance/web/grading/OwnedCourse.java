package org.alliance.web.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.ImportResult;
import org.alliance.web.editor.Drafts;
import org.alliance.web.editor.FileTemplates;
import org.alliance.web.vignette.VignetteAttempts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A course of its own for a grading test, built through the real services: an instructor account creates it
 * in the editor from the templates (a quiz {@code qz} and a free-text vignette {@code ft} rated on
 * {@code d1-empathic-accuracy}) and so owns it; an admin adds a co-instructor. Its answers and agreement
 * figures belong to the one test that made it. A plain object, so the shared test context stays as it is.
 */
public final class OwnedCourse {
    public static final String VIGNETTE = "ft";
    public static final String DIMENSION = "d1-empathic-accuracy";
    private static final AtomicInteger NEXT = new AtomicInteger();

    public final String id;
    public final String owner;
    public final String coInstructor;
    private final AccountService accounts;
    private final CourseCatalog catalog;
    private final VignetteAttempts vignettes;

    private OwnedCourse(
            String id,
            String owner,
            String coInstructor,
            AccountService accounts,
            CourseCatalog catalog,
            VignetteAttempts vignettes) {
        this.id = id;
        this.owner = owner;
        this.coInstructor = coInstructor;
        this.accounts = accounts;
        this.catalog = catalog;
        this.vignettes = vignettes;
    }

    public static OwnedCourse create(
            String prefix,
            AccountService accounts,
            CourseStaff staff,
            Drafts drafts,
            CourseCatalog catalog,
            VignetteAttempts vignettes) {
        return create(prefix, null, accounts, staff, drafts, catalog, vignettes);
    }

    /** The same, owned by {@code owner} (a browserless test's signed-in user) when given. */
    public static OwnedCourse create(
            String prefix,
            @Nullable String owner,
            AccountService accounts,
            CourseStaff staff,
            Drafts drafts,
            CourseCatalog catalog,
            VignetteAttempts vignettes) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        int n = NEXT.incrementAndGet();
        String id = prefix + "-course-" + n;
        var course = new OwnedCourse(
                id, owner == null ? prefix + "-owner-" + n : owner, prefix + "-co-" + n, accounts, catalog, vignettes);
        course.instructor(course.owner);
        course.instructor(course.coInstructor);
        TestUsers.signIn(course.owner, "INSTRUCTOR");
        drafts.create(id, "Graded course " + n);
        drafts.addFile(id, FileTemplates.Kind.QUIZ, "qz");
        drafts.addFile(id, FileTemplates.Kind.FREE_TEXT_VIGNETTE, VIGNETTE);
        String lesson = "lessons/l1-first-lesson.md";
        drafts.save(
                id,
                lesson,
                drafts.open(id)
                        .orElseThrow()
                        .get(lesson)
                        .replace("activities: []", "activities: [qz, " + VIGNETTE + "]"));
        assertThat(drafts.publish(id)).isInstanceOf(ImportResult.Published.class);
        asAdmin();
        staff.addInstructor(id, course.coInstructor);
        SecurityContextHolder.getContext().setAuthentication(previous);
        return course;
    }

    /**
     * Another instructor account, who neither owns nor teaches the course: registered, then promoted by an admin
     * (an account an admin creates must change its password before anything else).
     */
    public String instructor(String username) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        accounts.register("Teacher " + username, username, "a long enough password");
        asAdmin();
        accounts.changeRole(username, AccountRole.INSTRUCTOR);
        SecurityContextHolder.getContext().setAuthentication(previous);
        return username;
    }

    /** A student enrols and submits a free-text answer; returns the attempt's public id. */
    public String answer(String student, String text) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        TestUsers.signIn(student, "STUDENT");
        catalog.enrol(id, null);
        String attempt = vignettes.start(id, VIGNETTE);
        vignettes.submitText(attempt, text, Map.of(DIMENSION, 4));
        SecurityContextHolder.getContext().setAuthentication(previous);
        return attempt;
    }

    public static Map<String, Integer> rating(int level) {
        return Map.of(DIMENSION, level);
    }

    public static void asAdmin() {
        TestUsers.signIn("admin", "ADMIN", "INSTRUCTOR");
    }
}
