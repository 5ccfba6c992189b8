package org.alliance.web.authorisation;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import org.alliance.core.scoring.Response;
import org.alliance.web.account.AccountRole;
import org.alliance.web.authorisation.Fixture.World;
import org.alliance.web.catalog.EnrolmentMode;
import org.alliance.web.editor.FileTemplates;
import org.alliance.web.gradebook.Gradebook;

/**
 * The arguments a matrix cell calls a service method with, chosen by parameter name so that the persona
 * allowed to make the call has it succeed: the fixture course and its quiz, vignette, lesson, attempts and
 * enrolled student. A new parameter name fails here with a message saying where to add it.
 */
final class ServiceArguments {

    /** Someone an admin may change without touching a persona: a fresh name per call. */
    private static int targets;

    private ServiceArguments() {}

    static Object[] of(Method method, World world, Map<String, Integer> ratings) {
        Parameter[] params = method.getParameters();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            args[i] = of(method, params[i], world, ratings);
        }
        return args;
    }

    private static Object of(Method method, Parameter p, World world, Map<String, Integer> ratings) {
        String owner = method.getDeclaringClass().getSimpleName();
        String name = p.getName();
        Class<?> type = p.getType();
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return name.equals("limit") || name.equals("extra") ? 5 : name.equals("fromTurn") ? 1 : 0;
        }
        if (type == double.class) {
            return 0.5;
        }
        if (type == long.class) {
            return name.equals("id") || name.equals("platformId") ? 0L : world.versionId();
        }
        return switch (name) {
            case "courseId" ->
                owner.equals("Drafts") && method.getName().equals("create") ? "az-new-" + (++targets) : world.course();
            case "quizId", "activityId" -> Fixture.QUIZ;
            case "vignetteId" -> method.getName().equals("skip") ? Fixture.SKIPPABLE : Fixture.VIGNETTE;
            case "lessonId" -> Fixture.LESSON;
            case "reflectionId" -> Fixture.REFLECTION;
            case "drillId" -> Fixture.DRILL;
            case "turnId" -> world.drillTurn();
            case "tryId" -> world.drillTry();
            case "difficulty" -> org.alliance.core.practice.Difficulty.GOOD_CHALLENGE;
            case "criteria" -> java.util.Set.of();
            case "met" -> java.util.Set.of();
            case "messageKey" -> "notice.drill-feedback";
            case "params" -> List.of("A drill");
            case "link" -> org.alliance.web.navigation.Links.drill(world.course(), Fixture.DRILL);
            case "publicId" ->
                owner.startsWith("Quiz")
                        ? world.quizAttempt()
                        : switch (method.getName()) {
                            case "choose" -> world.branchingAttempt();
                            // The after-action review and its practice (AfterActionReviews, VignettePractice)
                            // start from the branching attempt, which their rows' PREPARE plays to its end.
                            case "review", "start" -> world.branchingAttempt();
                            case "pick" -> world.bestResponseAttempt();
                            default -> world.vignetteAttempt();
                        };
            case "itemId" -> world.itemId();
            case "response", "entry" -> new Response.Unanswered();
            case "username" ->
                switch (owner) {
                    case "AccountService" ->
                        method.getName().equals("findForLogin") ? Persona.STUDENT.username : target();
                    // Someone to make a co-instructor, owner or rater: an instructor with no part in the course.
                    case "CourseStaff", "CourseRaters", "Grading", "LmsEnrolment" -> Persona.STRANGER.username;
                    default -> Persona.STUDENT.username;
                };
            case "usernames" ->
                type == List.class || type == java.util.Collection.class
                        ? List.of(owner.equals("Offerings") ? Persona.OTHER_STUDENT.username : Persona.STUDENT.username)
                        : unknown(method, p);
            case "accountName", "accountId" -> Persona.STUDENT.username;
            // No replay by that id exists: who may touch a real one is VignettePracticeTest's and
            // AfterActionReviewsTest's to show.
            case "practiceId" -> "az-no-such-practice";
            case "address" -> "127.0.0.1";
            case "ratings", "selfAssessment" -> type == Map.class ? ratings : unknown(method, p);
            case "path" -> type == List.class ? List.of() : "lessons/" + Fixture.LESSON + ".md";
            case "sorts" -> List.<Gradebook.Sort>of();
            case "labels" ->
                new Gradebook.CsvLabels("student", "grade", "excused", "awaiting", "deleted", "{0} (drill)");
            case "out" -> new java.io.ByteArrayOutputStream();
            case "filter", "newKey", "key", "until", "opensAt", "closesAt", "keepSessionId" ->
                type == String.class && name.equals("filter") ? "" : null;
            case "mode" -> EnrolmentMode.OPEN;
            case "from" -> java.time.LocalDate.of(2026, 1, 1);
            case "to" -> java.time.LocalDate.of(2026, 1, 31);
            case "kind" -> FileTemplates.Kind.LESSON;
            case "role" -> AccountRole.INSTRUCTOR;
            case "zip" -> Fixture.zipOfNewCourse("az-zip-" + (++targets));
            case "id", "newId" -> "az-new-" + (++targets);
            case "currentPassword", "password" -> Fixture.PASSWORD;
            case "currentHash", "newHash" -> "{noop}" + Fixture.PASSWORD;
            case "newPassword" -> Fixture.NEW_PASSWORD;
            case "displayName", "title" -> "Someone";
            case "choiceId", "optionId", "chosen" -> "a";
            case "content", "text", "note", "answer", "comment", "commentToStudent", "reason" -> "A few words.";
            case "markdown", "page" -> "Some *text*.";
            case "platform" ->
                new org.alliance.web.lti.Platform(
                        null,
                        "AZ LMS",
                        "https://lms.example/new-" + (++targets),
                        "c",
                        "https://lms.example/a",
                        "https://lms.example/t",
                        "https://lms.example/k",
                        false,
                        List.of("d"));
            case "platformId" -> -1L;
            case "request" ->
                new org.alliance.web.lti.DeepLinkRequest(
                        world.ltiPlatform(),
                        "d1",
                        "https://lms.example/return",
                        null,
                        List.of("ltiResourceLink"),
                        false,
                        "ctx",
                        "LMS course",
                        null,
                        "http://localhost");
            case "choice" ->
                new org.alliance.web.lti.DeepLinking.Choice(world.course(), null, Fixture.QUIZ, "Quiz", "quiz", true);
            default -> unknown(method, p);
        };
    }

    private static String target() {
        return "az-target-" + (++targets);
    }

    private static Object unknown(Method method, Parameter p) {
        throw new IllegalStateException("ServiceArguments has no value for parameter '" + p.getName() + "' ("
                + p.getType().getSimpleName() + ") of " + method + ": add one there");
    }
}
