package org.alliance.web.learning.ui;

import com.vaadin.flow.component.Html;
import java.util.Map;
import java.util.function.BiFunction;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.model.Activity;
import org.alliance.core.model.Course;
import org.alliance.core.model.Drill;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.Vignette;
import org.alliance.web.learning.LessonProgress.LessonState;
import org.alliance.web.navigation.Link;
import org.alliance.web.navigation.Links;
import org.springframework.web.util.HtmlUtils;

/**
 * A course's lessons and their activities with where the student stands, as one read-only piece of markup. The
 * same elements as components would make (ordered list, links, status badges), but one node on the page instead
 * of some six hundred: built as components, this list was most of the course page's server time and of its
 * 127 kB answer (issue 15). The links carry Vaadin's {@code router-link} attribute, which its client handles
 * wherever the link sits, so they navigate without a page load like a {@code RouterLink}.
 */
final class LessonList {
    private LessonList() {}

    static Html of(
            Course course,
            Map<String, LessonState> states,
            Map<String, ActivityStatus> statuses,
            BiFunction<String, Object[], String> translate) {
        var html = new StringBuilder("<ol class=\"lesson-list\">");
        for (Lesson lesson : course.lessons()) {
            LessonState state = states.get(lesson.id());
            String status = state == null ? "not-started" : state.done() ? "done" : "in-progress";
            html.append("<li><div class=\"lesson-row\">");
            link(html, Links.lesson(course.id(), lesson.id()), lesson.title());
            html.append(" <span class=\"hint\">")
                    .append(text(translate.apply("course.minutes", new Object[] {lesson.minutes()})))
                    .append("</span> <span class=\"status ")
                    .append(status)
                    .append("\">")
                    .append(text(translate.apply("course.status." + status, new Object[0])))
                    .append("</span></div><ul class=\"activity-list\">");
            for (Activity activity : lesson.activities()) {
                html.append("<li>")
                        .append(text(
                                translate.apply("activity." + activity.kind().name(), new Object[0])))
                        .append(": ");
                link(html, link(course, activity), activity.title());
                html.append(" <span class=\"status\">")
                        .append(text(statusText(
                                statuses.getOrDefault(activity.id(), new ActivityStatus.NotDone()), translate)))
                        .append("</span></li>");
            }
            html.append("</ul></li>");
        }
        return new Html(html.append("</ol>").toString());
    }

    /** Where the student stands on an activity, in words. */
    static String statusText(ActivityStatus status, BiFunction<String, Object[], String> translate) {
        return switch (status) {
            case ActivityStatus.NotDone n -> translate.apply("course.status.not-started", new Object[0]);
            case ActivityStatus.InProgress p -> translate.apply("course.status.in-progress", new Object[0]);
            case ActivityStatus.Done d -> translate.apply("course.status.done", new Object[0]);
            case ActivityStatus.AwaitingGrade a -> translate.apply("course.status.awaiting", new Object[0]);
            case ActivityStatus.Excused e -> translate.apply("course.status.excused", new Object[0]);
            case ActivityStatus.Graded g ->
                translate.apply("course.status.score", new Object[] {Math.round(g.score() * 100)});
        };
    }

    private static Link link(Course course, Activity activity) {
        if (activity instanceof Quiz) {
            return Links.quiz(course.id(), activity.id());
        }
        if (activity instanceof Vignette) {
            return Links.vignette(course.id(), activity.id());
        }
        if (activity instanceof Drill) {
            return Links.drill(course.id(), activity.id());
        }
        return Links.reflection(course.id(), activity.id());
    }

    private static void link(StringBuilder html, Link link, String title) {
        html.append("<a router-link href=\"")
                .append(HtmlUtils.htmlEscape(link.location()))
                .append("\">")
                .append(text(title))
                .append("</a>");
    }

    private static String text(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
