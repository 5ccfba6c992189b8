package org.alliance.web.navigation;

/**
 * Typed links to every page, one builder per route of {@link Routes}: {@code Links.quiz(courseId, quizId)} rather
 * than another feature's view class or a hand-written address. {@code NavigationTest} checks that each builder
 * names a registered route with exactly that route's parameters.
 */
public final class Links {
    private Links() {}

    public static Link home() {
        return Link.to(Routes.HOME);
    }

    public static Link login() {
        return Link.to(Routes.LOGIN);
    }

    public static Link register() {
        return Link.to(Routes.REGISTER);
    }

    public static Link accountDeleted() {
        return Link.to(Routes.ACCOUNT_DELETED);
    }

    public static Link myAccount() {
        return Link.to(Routes.MY_ACCOUNT);
    }

    public static Link users() {
        return Link.to(Routes.USERS);
    }

    public static Link xapiStatements() {
        return Link.to(Routes.XAPI_STATEMENTS);
    }

    public static Link notices() {
        return Link.to(Routes.NOTICES);
    }

    public static Link progress() {
        return Link.to(Routes.PROGRESS);
    }

    public static Link catalog() {
        return Link.to(Routes.CATALOG);
    }

    public static Link course(String courseId) {
        return link(Routes.COURSE, courseId);
    }

    public static Link lesson(String courseId, String lessonId) {
        return link(Routes.LESSON, courseId, lessonId);
    }

    public static Link quiz(String courseId, String quizId) {
        return link(Routes.QUIZ, courseId, quizId);
    }

    public static Link vignette(String courseId, String vignetteId) {
        return link(Routes.VIGNETTE, courseId, vignetteId);
    }

    public static Link reflection(String courseId, String reflectionId) {
        return link(Routes.REFLECTION, courseId, reflectionId);
    }

    public static Link drill(String courseId, String drillId) {
        return link(Routes.DRILL, courseId, drillId);
    }

    /** A quiz attempt in progress, by the attempt's public id. */
    public static Link quizAttempt(String attemptId) {
        return link(Routes.QUIZ_ATTEMPT, attemptId);
    }

    public static Link quizReview(String attemptId) {
        return link(Routes.QUIZ_REVIEW, attemptId);
    }

    /** A vignette attempt in progress, by the attempt's public id. */
    public static Link vignetteAttempt(String attemptId) {
        return link(Routes.VIGNETTE_ATTEMPT, attemptId);
    }

    public static Link vignetteDebrief(String attemptId) {
        return link(Routes.VIGNETTE_DEBRIEF, attemptId);
    }

    /** The after-action review of a submitted branching attempt. */
    public static Link vignetteReview(String attemptId) {
        return link(Routes.VIGNETTE_REVIEW, attemptId);
    }

    /** A practice replay, by its public id. */
    public static Link vignettePractice(String practiceId) {
        return link(Routes.VIGNETTE_PRACTICE, practiceId);
    }

    public static Link teaching() {
        return Link.to(Routes.TEACHING);
    }

    public static Link importCourse() {
        return Link.to(Routes.IMPORT_COURSE);
    }

    public static Link taughtCourse(String courseId) {
        return link(Routes.TAUGHT_COURSE, courseId);
    }

    public static Link draftEditor(String courseId) {
        return link(Routes.DRAFT_EDITOR, courseId);
    }

    public static Link enrolment(String courseId) {
        return link(Routes.ENROLMENT, courseId);
    }

    public static Link versions(String courseId) {
        return link(Routes.VERSIONS, courseId);
    }

    public static Link exportCourse(String courseId) {
        return link(Routes.EXPORT_COURSE, courseId);
    }

    public static Link copyCourse(String courseId) {
        return link(Routes.COPY_COURSE, courseId);
    }

    public static Link courseStaff(String courseId) {
        return link(Routes.COURSE_STAFF, courseId);
    }

    public static Link quizPreview(String courseId, String quizId) {
        return link(Routes.QUIZ_PREVIEW, courseId, quizId);
    }

    /** The quiz preview of the author's draft, as opened from the editor. */
    public static Link draftQuizPreview(String courseId, String quizId) {
        return link(Routes.DRAFT_QUIZ_PREVIEW, courseId, quizId);
    }

    public static Link vignettePreview(String courseId, String vignetteId) {
        return link(Routes.VIGNETTE_PREVIEW, courseId, vignetteId);
    }

    /** The vignette preview of the author's draft, as opened from the editor. */
    public static Link draftVignettePreview(String courseId, String vignetteId) {
        return link(Routes.DRAFT_VIGNETTE_PREVIEW, courseId, vignetteId);
    }

    public static Link ltiCourse(String courseId) {
        return link(Routes.LTI_COURSE, courseId);
    }

    public static Link ltiRefused() {
        return Link.to(Routes.LTI_REFUSED);
    }

    public static Link ltiDeepLink(String ticket) {
        return link(Routes.LTI_DEEP_LINK, ticket);
    }

    public static Link ltiPlatforms() {
        return Link.to(Routes.LTI_PLATFORMS);
    }

    public static Link gradebook(String courseId) {
        return link(Routes.GRADEBOOK, courseId);
    }

    public static Link studentAttempts(String courseId, String username) {
        return link(Routes.STUDENT_ATTEMPTS, courseId, username);
    }

    public static Link analysis(String courseId) {
        return link(Routes.ANALYSIS, courseId);
    }

    public static Link gradingQueue(String courseId) {
        return link(Routes.GRADING_QUEUE, courseId);
    }

    /** One free-text answer's grading sheet. */
    public static Link grading(String courseId, String attemptId) {
        return link(Routes.GRADING, courseId, attemptId);
    }

    /** A drill response sent for feedback, to answer, by its try's id. */
    public static Link drillFeedback(String courseId, String tryId) {
        return link(Routes.DRILL_FEEDBACK, courseId, tryId);
    }

    public static Link practiceReport(String courseId) {
        return link(Routes.PRACTICE_REPORT, courseId);
    }

    private static Link link(String template, String... values) {
        return new Link(template, Link.of(template, values));
    }
}
