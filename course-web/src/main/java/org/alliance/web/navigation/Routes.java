package org.alliance.web.navigation;

/**
 * Every route template of the app, one constant per page: each view's {@code @Route} (or {@code @RouteAlias})
 * names its constant, and {@link Links} builds links from the same constants. A {@code :name} segment is a route
 * parameter. {@code NavigationTest} checks that each constant is a registered route.
 */
public final class Routes {
    private Routes() {}

    public static final String HOME = "";
    public static final String LOGIN = "login";
    public static final String REGISTER = "register";
    public static final String ACCOUNT_DELETED = "account-deleted";
    public static final String MY_ACCOUNT = "account";
    public static final String USERS = "admin/users";
    /** The admin's export of xAPI statements for a date range, with how sending goes. */
    public static final String XAPI_STATEMENTS = "admin/xapi";

    public static final String NOTICES = "notices";
    public static final String PROGRESS = "progress";

    public static final String CATALOG = "courses";
    public static final String COURSE = "courses/:courseId";
    public static final String LESSON = "courses/:courseId/lessons/:lessonId";
    public static final String QUIZ = "courses/:courseId/quizzes/:quizId";
    public static final String VIGNETTE = "courses/:courseId/vignettes/:vignetteId";
    public static final String REFLECTION = "courses/:courseId/reflections/:reflectionId";
    public static final String DRILL = "courses/:courseId/drills/:drillId";
    public static final String QUIZ_ATTEMPT = "attempts/:attemptId";
    public static final String QUIZ_REVIEW = "attempts/:attemptId/review";
    public static final String VIGNETTE_ATTEMPT = "vignette-attempts/:attemptId";
    public static final String VIGNETTE_DEBRIEF = "vignette-attempts/:attemptId/debrief";
    /** The after-action review of a submitted branching attempt. */
    public static final String VIGNETTE_REVIEW = "vignette-attempts/:attemptId/review";
    /** A practice replay from a turn of a reviewed attempt (ungraded). */
    public static final String VIGNETTE_PRACTICE = "vignette-practice/:practiceId";

    /** Why an LTI launch from an LMS was refused (reachable signed out). */
    public static final String LTI_REFUSED = "lti/refused";
    /** An instructor picks what to add to their LMS course (Deep Linking). */
    public static final String LTI_DEEP_LINK = "lti/deep-link/:ticket";
    /** Admins register LMS platforms and see the tool's keys. */
    public static final String LTI_PLATFORMS = "admin/lti";
    /** A taught course's LMS links: grades waiting to be sent, resend, roster pull. */
    public static final String LTI_COURSE = "teaching/:courseId/lms";

    public static final String TEACHING = "teaching";
    public static final String IMPORT_COURSE = "teaching/import";
    public static final String TAUGHT_COURSE = "teaching/:courseId";
    public static final String DRAFT_EDITOR = "teaching/:courseId/edit";
    public static final String ENROLMENT = "teaching/:courseId/enrolment";
    public static final String VERSIONS = "teaching/:courseId/versions";
    public static final String EXPORT_COURSE = "teaching/:courseId/export";
    public static final String COPY_COURSE = "teaching/:courseId/copy";
    public static final String COURSE_STAFF = "teaching/:courseId/staff";
    public static final String QUIZ_PREVIEW = "teaching/:courseId/preview/quizzes/:quizId";
    /** The quiz preview opened from the editor, which shows the author's draft. */
    public static final String DRAFT_QUIZ_PREVIEW = "teaching/:courseId/edit/preview/quizzes/:quizId";

    public static final String VIGNETTE_PREVIEW = "teaching/:courseId/preview/vignettes/:vignetteId";
    /** The vignette preview opened from the editor, which shows the author's draft. */
    public static final String DRAFT_VIGNETTE_PREVIEW = "teaching/:courseId/edit/preview/vignettes/:vignetteId";

    public static final String GRADEBOOK = "teaching/:courseId/gradebook";
    public static final String STUDENT_ATTEMPTS = "teaching/:courseId/gradebook/:username";
    public static final String ANALYSIS = "teaching/:courseId/analysis";
    public static final String GRADING_QUEUE = "teaching/:courseId/grading";
    public static final String GRADING = "teaching/:courseId/grading/:attemptId";
    /** A drill response a student sent for feedback, where an instructor answers it. */
    public static final String DRILL_FEEDBACK = "teaching/:courseId/feedback/:tryId";
    /** Per drill and per student: rounds, statements, levels, minutes, feedback requests. */
    public static final String PRACTICE_REPORT = "teaching/:courseId/practice";
}
