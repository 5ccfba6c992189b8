package org.alliance.web.authorisation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Vignette;
import org.alliance.core.scoring.branching.BranchingBounds;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseRaters;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.PublishedCourse;
import org.alliance.web.catalog.TestCourses;
import org.alliance.web.drill.DrillPractice;
import org.alliance.web.editor.Drafts;
import org.alliance.web.grading.Grading;
import org.alliance.web.reflection.Reflections;
import org.alliance.web.vignette.VignetteAttempts;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Builds, through the real services, a course in which every {@link Persona} has its role: az-owner publishes a
 * copy of the bundled course, an admin makes az-co a co-instructor, the owner makes az-rater a rater, and
 * az-student enrols, starts a quiz attempt answers the reflection and submits a free-text vignette answer, and sends a drill response for feedback. The owner has a draft open. Each {@link #fresh()} course
 * has a new id, so a cell that changes its course leaves the next cell's untouched.
 */
final class Fixture {

    static final String QUIZ = "q5-process-comments";
    static final String VIGNETTE = "v5-write-a-process-comment";
    static final String BRANCHING = "v5-too-soon";
    static final String BEST_RESPONSE = "v5-the-long-pause";
    /** A vignette with a content note, which a student may skip. */
    static final String SKIPPABLE = BRANCHING;

    static final String LESSON = "l5-process-comments";
    static final String REFLECTION = "r5-noticing-the-process";
    static final String DRILL = "d5-process-comment";
    static final String PASSWORD = "violet harbour kettle 1987 umbrella";
    static final String NEW_PASSWORD = "copper lantern meadow 2031 giraffe";
    private static final Path BUNDLED = Path.of("../content/courses/therapeutic-relationship");
    private static final AtomicInteger COURSES = new AtomicInteger();
    private static boolean accountsReady;

    /** One fixture course and the ids its cells need. */
    record World(
            String course,
            long versionId,
            String quizAttempt,
            String vignetteAttempt,
            String branchingAttempt,
            String bestResponseAttempt,
            String itemId,
            String drillTurn,
            String drillTry,
            long ltiPlatform) {}

    private final ApplicationContext context;

    Fixture(ApplicationContext context) {
        this.context = context;
    }

    World fresh() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            ensureAccounts();
            String id = "az-" + ProcessHandle.current().pid() + "-" + COURSES.incrementAndGet();
            PublishedCourse published = TestCourses.publish(context, files(id), Persona.OWNER.username);
            Persona.ADMIN.signIn();
            context.getBean(CourseStaff.class).addInstructor(id, Persona.CO_INSTRUCTOR.username);
            Persona.OWNER.signIn();
            context.getBean(CourseRaters.class).add(id, Persona.RATER.username);
            context.getBean(Drafts.class).open(id);
            Persona.STUDENT.signIn();
            context.getBean(CourseCatalog.class).enrol(id, null);
            var quizzes = context.getBean(QuizAttempts.class);
            String quizAttempt = quizzes.start(id, QUIZ);
            String itemId =
                    quizzes.open(quizAttempt).orElseThrow().items().getFirst().id();
            context.getBean(Reflections.class).save(id, REFLECTION, "What I noticed between us.", false);
            var vignettes = context.getBean(VignetteAttempts.class);
            String vignetteAttempt = vignettes.start(id, VIGNETTE);
            vignettes.submitText(vignetteAttempt, "I notice you keep asking me to decide for you.", Map.of());
            String branchingAttempt = vignettes.start(id, BRANCHING);
            String bestResponseAttempt = vignettes.start(id, BEST_RESPONSE);
            var drills = context.getBean(DrillPractice.class);
            String drillTurn = drills.start(id, DRILL).turnId();
            String drillTry = drills.respond(id, DRILL, drillTurn, "Something just shifted between us.")
                    .tryId();
            // Sent for feedback, so that the instructors' feedback page and answer have a request to open.
            drills.requestFeedback(id, DRILL, drillTry);
            return new World(
                    id,
                    published.versionId(),
                    quizAttempt,
                    vignetteAttempt,
                    branchingAttempt,
                    bestResponseAttempt,
                    itemId,
                    drillTurn,
                    drillTry,
                    ltiPlatform(id));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /**
     * An LMS registered for the fixture course, linked to it, with a grade waiting for it: what the LMS pages and the
     * Deep Linking answer of a course's teachers work on.
     */
    private long ltiPlatform(String courseId) {
        Persona.ADMIN.signIn();
        String lms = "https://lms.example/" + courseId;
        long platform = context.getBean(org.alliance.web.lti.LtiPlatforms.class)
                .save(new org.alliance.web.lti.Platform(
                        null,
                        "LMS " + courseId,
                        lms,
                        "az-client",
                        lms + "/auth",
                        lms + "/token",
                        lms + "/jwks",
                        false,
                        List.of("d1")))
                .id();
        var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        jdbc.sql(
                        "insert into lti_context (platform_id, context_id, course_id, title) values (?, 'ctx', ?, 'LMS course')")
                .params(platform, courseId)
                .update();
        jdbc.sql("insert into lti_grade_outbox (platform_id, lineitem_url, sub, username, course_id, activity_id,"
                        + " score_given, score_maximum, activity_progress, grading_progress, created_at, tries, next_try_at)"
                        + " values (?, ?, 'sub-1', ?, ?, ?, 50, 100, 'Completed', 'FullyGraded', ?, 0, ?)")
                .params(
                        platform,
                        lms + "/lineitems/1",
                        Persona.STUDENT.username,
                        courseId,
                        QUIZ,
                        java.time.OffsetDateTime.now(),
                        java.time.OffsetDateTime.now().plusDays(1))
                .update();
        return platform;
    }

    /** Ratings on every dimension of the fixture vignette, mid-scale. */
    Map<String, Integer> ratings(World world) {
        Persona.OWNER.signIn();
        var course = context.getBean(CourseStaff.class).taught(world.course()).orElseThrow();
        var vignette = (Vignette) course.course().activity(VIGNETTE).orElseThrow();
        return vignette.dimensions().stream().collect(java.util.stream.Collectors.toMap(d -> d, d -> 3));
    }

    /**
     * The bundled course cut down to lesson 5 and its activities, so that publishing a fixture course takes a
     * fraction of the whole course's time; the glossary and references stay whole, as lesson 5 links into them.
     */
    static Map<String, String> files(String id) {
        var files = new java.util.TreeMap<String, String>();
        TestCourses.files(BUNDLED, id).forEach((path, text) -> {
            boolean kept = !path.contains("/") || path.contains("5-") || path.startsWith("reflections/r5-");
            if (kept) {
                files.put(path, text);
            }
        });
        files.put("course.yaml", files.get("course.yaml").replaceAll("(?m)^  - l(?!5-)\\S+\\n", ""));
        return files;
    }

    /** Files a rating of {@code value} on every dimension of the student's free-text answer, as {@code rater}. */
    void rate(World world, Persona rater, int value) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            Map<String, Integer> ratings = new java.util.HashMap<>(ratings(world));
            ratings.replaceAll((dimension, any) -> value);
            rater.signIn();
            context.getBean(Grading.class).rate(world.course(), world.vignetteAttempt(), ratings, false, "");
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** The student submits their quiz attempt. */
    void submitQuiz(World world) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            Persona.STUDENT.signIn();
            context.getBean(QuizAttempts.class).submit(world.quizAttempt());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** The student plays the branching attempt to an ending along the vignette's best path. */
    void finishBranching(World world) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            Persona.STUDENT.signIn();
            var vignettes = context.getBean(VignetteAttempts.class);
            var course = context.getBean(CourseCatalog.class)
                    .enrolledCourse(world.course())
                    .orElseThrow()
                    .course();
            var branching = (BranchingVignette) course.activity(BRANCHING).orElseThrow();
            BranchingBounds.of(branching, course.rubric().scale())
                    .orElseThrow()
                    .bestPath()
                    .forEach(choice -> vignettes.choose(world.branchingAttempt(), choice));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Releases the student's free-text grade, as the owner. */
    void release(World world) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            Persona.OWNER.signIn();
            context.getBean(Grading.class).release(world.course(), world.vignetteAttempt(), "");
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Registers a new student account, for cells that would otherwise delete a persona. */
    String standIn() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            String name = "az-stand-in-" + ProcessHandle.current().pid() + "-" + COURSES.incrementAndGet();
            Persona.ANONYMOUS.signIn();
            context.getBean(AccountService.class).register("Stand-in", name, PASSWORD);
            return name;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** A zip of a copy of the bundled course under a new id, laid out as an upload is. */
    static byte[] zipOfNewCourse(String id) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (var file : files(id).entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(id + "/" + file.getKey()));
                zip.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void ensureAccounts() {
        synchronized (Fixture.class) {
            if (accountsReady) {
                return;
            }
            var accounts = context.getBean(AccountService.class);
            // An admin may not change their own role, so someone else makes az-admin one.
            TestUsers.signIn("az-setup", "ADMIN", "INSTRUCTOR");
            for (Persona p : List.of(Persona.values())) {
                if (p.username == null || accounts.findForLogin(p.username).isPresent()) {
                    continue;
                }
                accounts.register(p.column, p.username, PASSWORD);
                AccountRole role = switch (p) {
                    case STUDENT, OTHER_STUDENT -> AccountRole.STUDENT;
                    case ADMIN -> AccountRole.ADMIN;
                    default -> AccountRole.INSTRUCTOR;
                };
                if (role != AccountRole.STUDENT) {
                    accounts.changeRole(p.username, role);
                }
            }
            accountsReady = true;
        }
    }
}
