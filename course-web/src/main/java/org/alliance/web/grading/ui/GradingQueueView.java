package org.alliance.web.grading.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.web.account.Roles;
import org.alliance.web.grading.FeedbackRequests;
import org.alliance.web.grading.FeedbackRequests.Request;
import org.alliance.web.grading.Grading;
import org.alliance.web.grading.GradingStatus;
import org.alliance.web.grading.GradingViews.Entry;
import org.alliance.web.grading.GradingViews.Queue;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.RouteLinks;

/**
 * The free-text answers of a taught course waiting for grading, by status, with counts; below them, in a section
 * of their own, responses students sent for feedback (from the features that contribute {@link FeedbackRequests}),
 * which are answered, never graded, and so counted apart.
 */
@Route(Routes.GRADING_QUEUE)
@RolesAllowed(Roles.INSTRUCTOR)
public class GradingQueueView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient Grading grading;
    private final transient List<FeedbackRequests> feedbackRequests;
    /** Radio buttons, not tabs: they filter one list, and Vaadin's tab strip fails axe's tablist rule. */
    final RadioButtonGroup<Optional<GradingStatus>> filter = new RadioButtonGroup<>();

    final Grid<Entry> answers = new Grid<>();
    final Grid<Request> feedback = new Grid<>();
    final H2 feedbackHeading = new H2();
    private final Map<Optional<GradingStatus>, String> labels = new LinkedHashMap<>();
    private transient Queue queue = new Queue("", Map.of(), List.of());

    GradingQueueView(Grading grading, List<FeedbackRequests> feedbackRequests) {
        this.grading = grading;
        this.feedbackRequests = feedbackRequests;
        addClassName("page");
        addClassName("grading-page");
        filter.setLabel(getTranslation("grading.queue.filter"));
        filter.setId("grading-filter");
        filter.setItemLabelGenerator(labels::get);
        filter.addValueChangeListener(e -> show());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        var found = grading.queue(courseId);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        queue = found.get();
        removeAll();
        var back = RouteLinks.to(getTranslation("grading.back-to-course"), Links.taughtCourse(courseId));
        back.addClassName("breadcrumb");
        add(back, new H1(getTranslation("grading.queue.title")), new Paragraph(getTranslation("grading.queue.intro")));
        labels.clear();
        labels.put(
                Optional.empty(),
                getTranslation("grading.queue.all", queue.entries().size()));
        for (GradingStatus status : GradingStatus.values()) {
            labels.put(
                    Optional.of(status),
                    getTranslation(
                            "grading.queue.tab",
                            getTranslation("grading.status." + status.name()),
                            queue.counts().getOrDefault(status, 0)));
        }
        filter.setItems(labels.keySet());
        filter.setValue(Optional.empty());
        answers.removeAllColumns();
        answers.addColumn(Entry::student)
                .setHeader(getTranslation("grading.col.student"))
                .setAutoWidth(true);
        answers.addColumn(Entry::vignetteTitle)
                .setHeader(getTranslation("grading.col.vignette"))
                .setFlexGrow(2);
        answers.addColumn(e -> Texts.when(e.submittedAt()))
                .setHeader(getTranslation("grading.col.submitted"))
                .setAutoWidth(true);
        answers.addColumn(e -> getTranslation("grading.status." + e.status().name()))
                .setHeader(getTranslation("grading.col.status"))
                .setAutoWidth(true);
        answers.addColumn(e -> e.score().map(Texts::percent).orElse("–"))
                .setHeader(getTranslation("grading.col.score"))
                .setAutoWidth(true);
        answers.addComponentColumn(e -> {
                    var open = new RouterLink(
                            getTranslation("grading.open"),
                            GradingView.class,
                            new RouteParameters(Map.of("courseId", courseId, "attemptId", e.publicId())));
                    open.getElement()
                            .setAttribute(
                                    "aria-label", getTranslation("grading.open-label", e.student(), e.vignetteTitle()));
                    open.setId("grade-" + e.publicId());
                    return open;
                })
                .setHeader(getTranslation("grading.col.open"))
                .setAutoWidth(true);
        answers.setAllRowsVisible(true);
        answers.setAriaLabel(getTranslation("grading.queue.title"));
        answers.setId("grading-queue");
        add(filter, answers);
        show();
        showFeedback(courseId);
    }

    /** The feedback requests, open ones first, shown only when the course has any. */
    private void showFeedback(String courseId) {
        List<Request> requests = feedbackRequests.stream()
                .flatMap(f -> f.inCourse(courseId).stream())
                .sorted(Comparator.comparing((Request r) -> !r.open()))
                .toList();
        if (requests.isEmpty()) {
            return;
        }
        long open = requests.stream().filter(Request::open).count();
        feedbackHeading.setText(getTranslation("grading.requests.title", open));
        feedbackHeading.setId("feedback-requests-heading");
        feedback.removeAllColumns();
        // Fixed widths that wrap, not auto widths: the link column stays in view without scrolling sideways.
        feedback.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        feedback.addColumn(Request::student)
                .setHeader(getTranslation("grading.col.student"))
                .setWidth("10em")
                .setFlexGrow(1);
        feedback.addColumn(Request::activityTitle)
                .setHeader(getTranslation("grading.requests.col.activity"))
                .setWidth("10em")
                .setFlexGrow(1);
        feedback.addColumn(Request::statement)
                .setHeader(getTranslation("grading.requests.col.statement"))
                .setWidth("12em")
                .setFlexGrow(3);
        feedback.addColumn(r -> Texts.when(r.requestedAt()))
                .setHeader(getTranslation("grading.requests.col.requested"))
                .setWidth("8em")
                .setFlexGrow(0);
        feedback.addColumn(r -> r.answeredAt()
                        .map(at -> getTranslation("grading.requests.answered", Texts.when(at)))
                        .orElse(getTranslation("grading.requests.open")))
                .setHeader(getTranslation("grading.col.status"))
                .setWidth("9em")
                .setFlexGrow(0);
        feedback.addComponentColumn(r -> {
                    String text = getTranslation(r.open() ? "grading.requests.answer" : "grading.requests.reopen");
                    var link = RouteLinks.to(text, r.answer());
                    // The accessible name starts with the visible text, so a voice command that says it still works.
                    link.getElement()
                            .setAttribute(
                                    "aria-label",
                                    getTranslation(
                                            "grading.requests.answer-label", text, r.student(), r.activityTitle()));
                    link.getElement().setAttribute("data-student", r.student());
                    link.addClassName(r.open() ? "feedback-open" : "feedback-answered");
                    return link;
                })
                .setHeader(getTranslation("grading.requests.col.answer"))
                .setWidth("9em")
                .setFlexGrow(0);
        feedback.setItems(requests);
        feedback.setAllRowsVisible(true);
        feedback.setAriaLabel(getTranslation("grading.requests.table"));
        feedback.setId("feedback-requests");
        add(feedbackHeading, new Paragraph(getTranslation("grading.requests.intro")), feedback);
    }

    private void show() {
        var status = Optional.ofNullable(filter.getValue()).flatMap(v -> v);
        answers.setItems(queue.entries().stream()
                .filter(e -> status.isEmpty() || e.status() == status.get())
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grading.queue.title") + " · " + getTranslation("app.name");
    }
}
