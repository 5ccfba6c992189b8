package org.alliance.web.drill;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.TestCourses;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A course of one test's own with the bundled process-comment drill: lesson 5 of the bundled course and what it
 * links to, published under a new id and owned by a new instructor. Students enrol and practise through the real
 * services, so every figure a test reads was made the way a student makes it.
 */
public final class DrillCourse {
    public static final String DRILL = "d5-process-comment";
    public static final String VIGNETTE = "v5-write-a-process-comment";
    private static final Path BUNDLED = Path.of("../content/courses/therapeutic-relationship");
    private static final AtomicInteger NEXT = new AtomicInteger();

    public final String id;
    public final String owner;
    private final ApplicationContext context;

    private DrillCourse(String id, String owner, ApplicationContext context) {
        this.id = id;
        this.owner = owner;
        this.context = context;
    }

    /** Publishes a new course named after {@code prefix}, owned by {@code owner} (an instructor made here if new). */
    public static DrillCourse publish(ApplicationContext context, String prefix, String owner) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            String id = prefix + "-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
            var course = new DrillCourse(id, owner, context);
            course.instructor(owner);
            TestCourses.publish(context, lessonFive(id), owner);
            return course;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Registers an instructor account once, whoever is signed in after. */
    public String instructor(String username) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            var accounts = context.getBean(AccountService.class);
            if (accounts.findForLogin(username).isEmpty()) {
                TestUsers.signIn("drill-course-setup", "ADMIN", "INSTRUCTOR");
                accounts.register("Teacher " + username, username, "a long enough password");
                accounts.changeRole(username, AccountRole.INSTRUCTOR);
            }
            return username;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Registers and enrols a student, and leaves them signed in. */
    public void enrolStudent(String username) {
        TestUsers.signIn("drill-course-registrar");
        context.getBean(AccountService.class).register(username, username, "a long enough password");
        TestUsers.signIn(username, "STUDENT");
        context.getBean(CourseCatalog.class).enrol(id, null);
    }

    /**
     * Lesson 5 of the bundled course with its activities; the glossary and references stay whole, as the lesson
     * links into them. Publishing it costs a fraction of the whole course.
     */
    private static Map<String, String> lessonFive(String id) {
        Map<String, String> files = new TreeMap<>();
        TestCourses.files(BUNDLED, id).forEach((path, text) -> {
            boolean top = !path.contains("/");
            if (top
                    || path.contains("/l5-")
                    || path.contains("/q5-")
                    || path.contains("/v5-")
                    || path.contains("/r5-")
                    || path.contains("/d5-")) {
                files.put(path, text);
            }
        });
        files.put("course.yaml", files.get("course.yaml").replaceAll("(?m)^  - l(?!5-)\\S+\\n", ""));
        return files;
    }
}
