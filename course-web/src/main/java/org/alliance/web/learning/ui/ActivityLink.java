package org.alliance.web.learning.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.model.Activity;
import org.alliance.core.model.Course;
import org.alliance.core.model.Drill;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.Vignette;
import org.alliance.web.navigation.Links;
import org.alliance.web.ui.RouteLinks;

/** One activity of a lesson as a list item: its kind, a link to its page, and where the student stands. */
public class ActivityLink extends ListItem {

    public ActivityLink(Course course, Activity activity, ActivityStatus status) {
        add(new Span(getTranslation("activity." + activity.kind().name()) + ": "), link(course, activity));
        var badge = new Span(LessonList.statusText(status, this::getTranslation));
        badge.addClassName("status");
        add(new Span(" "), badge);
    }

    /** Whether the student still has something to do here: not started or in progress. */
    public static boolean open(ActivityStatus status) {
        return !status.done();
    }

    /** A link to an activity's page, named by its kind and title (e.g. "Quiz: Facilitative conditions"). */
    public static RouterLink named(Course course, Activity activity) {
        var link = link(course, activity);
        link.setText(link.getTranslation("activity." + activity.kind().name()) + ": " + activity.title());
        return link;
    }

    private static RouterLink link(Course course, Activity activity) {
        if (activity instanceof Quiz) {
            return RouteLinks.to(activity.title(), Links.quiz(course.id(), activity.id()));
        }
        if (activity instanceof Vignette) {
            return RouteLinks.to(activity.title(), Links.vignette(course.id(), activity.id()));
        }
        if (activity instanceof Drill) {
            return RouteLinks.to(activity.title(), Links.drill(course.id(), activity.id()));
        }
        return RouteLinks.to(activity.title(), Links.reflection(course.id(), activity.id()));
    }
}
