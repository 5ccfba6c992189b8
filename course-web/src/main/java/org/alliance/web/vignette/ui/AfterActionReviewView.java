package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.vignette.AfterActionReview;
import org.alliance.web.vignette.AfterActionReview.MisstepReview;
import org.alliance.web.vignette.AfterActionReviews;
import org.alliance.web.vignette.VignetteException;
import org.alliance.web.vignette.VignettePractice;

/**
 * The after-action review of a submitted branching session: the meter's course as a line and in words, the turns
 * as an ordered list, the missteps with their repairs, and the ending. The owner may replay from any turn as
 * practice; staff read it as it is.
 */
@Route(Routes.VIGNETTE_REVIEW)
@PermitAll
public class AfterActionReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient AfterActionReviews reviews;
    private final transient VignettePractice practice;
    private final transient LessonRenderer renderer;
    private String title = "";
    final List<ReviewTurnItem> turns = new ArrayList<>();

    AfterActionReviewView(AfterActionReviews reviews, VignettePractice practice, LessonRenderer renderer) {
        this.reviews = reviews;
        this.practice = practice;
        this.renderer = renderer;
        addClassName("page");
        addClassName("vignette-page");
        addClassName("review-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var review = reviews.review(event.getRouteParameters().get("attemptId").orElse(""));
        if (review.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(review.get());
    }

    private void show(AfterActionReview r) {
        removeAll();
        turns.clear();
        title = getTranslation("vignette.review.title", r.title());
        if (r.mayPractise()) {
            var back = new RouterLink(
                    getTranslation("vignette.review.back"),
                    VignetteDebriefView.class,
                    new RouteParameters("attemptId", r.attemptId()));
            back.addClassName("breadcrumb");
            add(back);
        }
        add(new H1(title));
        var grade = new Paragraph(r.score()
                .map(s -> getTranslation("vignette.review.grade", Math.round(s * 100)))
                .orElse(getTranslation("vignette.review.no-grade")));
        grade.setId("review-grade");
        grade.addClassName("review-score");
        add(grade);
        if (r.safetyFlagged()) {
            var flag = new Paragraph(getTranslation("vignette.debrief.safety"));
            flag.addClassName("notice");
            add(flag);
        }

        var course = new Section(
                new H2(getTranslation("vignette.review.course")),
                new MeterSparkline(r.meterCourse(), r.meterMin(), r.meterMax(), courseText(r)));
        course.setId("review-meter-course");
        add(course);

        var timeline = new OrderedList();
        timeline.setId("review-timeline");
        timeline.addClassName("review-timeline");
        for (var turn : r.turns()) {
            var item =
                    new ReviewTurnItem(turn, r.persona().name(), r.mayPractise() ? number -> replay(r, number) : null);
            turns.add(item);
            timeline.add(item);
        }
        var ratingsNote = new Paragraph(getTranslation("vignette.review.ratings-note"));
        ratingsNote.addClassName("hint");
        add(new H2(getTranslation("vignette.review.timeline")), ratingsNote, timeline);

        var missteps = new UnorderedList();
        missteps.setId("review-missteps");
        missteps.addClassName("review-missteps");
        r.missteps().forEach(m -> missteps.add(new ListItem(misstep(m))));
        add(new H2(getTranslation("vignette.review.missteps")));
        add(r.missteps().isEmpty() ? new Paragraph(getTranslation("vignette.review.no-missteps")) : missteps);

        var ending = new Section(
                new H2(getTranslation("vignette.outcome." + r.ending().outcome().name())),
                new Paragraph(getTranslation(
                        "vignette.debrief.client-last", r.ending().client())),
                new Html(renderer.renderStandalone(r.ending().summary())));
        ending.addClassName("ending");
        add(ending);
    }

    /** The meter's course in words: the line's text alternative. */
    private String courseText(AfterActionReview r) {
        var text = new StringBuilder(
                getTranslation("vignette.review.course-start", r.meterCourse().getFirst()));
        for (int i = 1; i < r.meterCourse().size(); i++) {
            text.append(' ')
                    .append(getTranslation(
                            "vignette.review.course-after", i, r.meterCourse().get(i)));
        }
        return text.toString();
    }

    private String misstep(MisstepReview m) {
        if (m.repairedAt().isPresent()) {
            return getTranslation(
                    "vignette.review.repaired",
                    m.turn(),
                    m.choiceText(),
                    m.repairedAt().getAsInt(),
                    m.repairText().orElse(""));
        }
        return getTranslation("vignette.review.not-repaired", m.turn(), m.choiceText());
    }

    private void replay(AfterActionReview r, int turn) {
        Actions.run("failure.vignette-practice", () -> {
            try {
                String id = practice.start(r.attemptId(), turn);
                getUI().ifPresent(ui -> ui.navigate(VignettePracticeView.class, new RouteParameters("practiceId", id)));
            } catch (VignetteException e) {
                Notification.show(getTranslation(e.messageKey()));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
