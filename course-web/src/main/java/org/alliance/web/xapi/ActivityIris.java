package org.alliance.web.xapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The stable IRIs of Alliance's activities, all under {@code {base}/xapi/activities/course/{courseId}}, and of
 * the activity types and result extensions statements use. Ids are the content's own ids, which stay the same
 * across versions of a course.
 */
final class ActivityIris {
    static final String TYPE_COURSE = "http://adlnet.gov/expapi/activities/course";
    static final String TYPE_LESSON = "http://adlnet.gov/expapi/activities/lesson";
    static final String TYPE_ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
    static final String TYPE_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
    static final String TYPE_SIMULATION = "http://adlnet.gov/expapi/activities/simulation";
    static final String TYPE_QUESTION = "http://adlnet.gov/expapi/activities/question";
    static final String TYPE_OBJECTIVE = "http://adlnet.gov/expapi/activities/objective";

    private final String root;

    ActivityIris(String root) {
        this.root = root;
    }

    String homePage() {
        return root;
    }

    String course(String courseId) {
        return root + "/xapi/activities/course/" + part(courseId);
    }

    String lesson(String courseId, String lessonId) {
        return course(courseId) + "/lesson/" + part(lessonId);
    }

    String quiz(String courseId, String quizId) {
        return course(courseId) + "/quiz/" + part(quizId);
    }

    String item(String courseId, String quizId, String itemId) {
        return quiz(courseId, quizId) + "/item/" + part(itemId);
    }

    String vignette(String courseId, String vignetteId) {
        return course(courseId) + "/vignette/" + part(vignetteId);
    }

    String node(String courseId, String vignetteId, String nodeId) {
        return vignette(courseId, vignetteId) + "/node/" + part(nodeId);
    }

    String drill(String courseId, String drillId) {
        return course(courseId) + "/drill/" + part(drillId);
    }

    String drillStatement(String courseId, String drillId, String statementId) {
        return drill(courseId, drillId) + "/statement/" + part(statementId);
    }

    /** A result or context extension's IRI, such as {@code {base}/xapi/extensions/ratings}. */
    String extension(String name) {
        return root + "/xapi/extensions/" + name;
    }

    private static String part(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
