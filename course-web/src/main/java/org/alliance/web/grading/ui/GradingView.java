package org.alliance.web.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.alliance.web.account.Roles;
import org.alliance.web.grading.Grading;
import org.alliance.web.grading.GradingException;
import org.alliance.web.grading.GradingStatus;
import org.alliance.web.grading.GradingViews;
import org.alliance.web.grading.GradingViews.Sheet;
import org.alliance.web.grading.RatingKind;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.jspecify.annotations.Nullable;

/**
 * Grading one free-text answer: the answer beside the rubric, a rating (first, second or resolution), release
 * to the student, override with a reason, and the raters' agreement and audit log. Teachers of the course only;
 * the service checks that too.
 */
@Route(Routes.GRADING)
@RolesAllowed(Roles.INSTRUCTOR)
public class GradingView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient Grading grading;
    private String courseId = "";
    private String attemptId = "";
    private String title = "";
    final Paragraph status = new Paragraph();

    @Nullable
    RatingForm form;

    final Button save = new Button();
    final TextArea releaseComment = new TextArea();
    final Button release = new Button();

    @Nullable
    RatingForm overrideForm;

    final TextArea reason = new TextArea();
    final Button override = new Button();

    @Nullable
    HistoryPanel history;

    @Nullable
    AddRaterSection addRater;

    GradingView(Grading grading) {
        this.grading = grading;
        addClassName("page");
        addClassName("grading-page");
        save.setId("grading-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> Actions.run("failure.rating", this::saveRating));
        release.setId("grading-release");
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        release.addClickListener(e -> Actions.run(
                "failure.release",
                () -> act(
                        () -> grading.release(courseId, attemptId, releaseComment.getValue()),
                        "grading.released-now")));
        override.setId("grading-override");
        override.addClickListener(e -> Actions.run("failure.override", this::saveOverride));
        releaseComment.setId("release-comment");
        reason.setId("override-reason");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        attemptId = event.getRouteParameters().get("attemptId").orElse("");
        if (!refresh()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private boolean refresh() {
        var sheet = grading.sheet(courseId, attemptId);
        sheet.ifPresent(this::show);
        return sheet.isPresent();
    }

    private void show(Sheet s) {
        removeAll();
        title = getTranslation("grading.title", s.answer().title());
        var back = new RouterLink(
                getTranslation("grading.back-to-queue"),
                GradingQueueView.class,
                new RouteParameters("courseId", courseId));
        back.addClassName("breadcrumb");
        status.setId("grading-status");
        status.addClassName("review-score");
        status.setText(getTranslation(
                        "grading.status-line",
                        getTranslation("grading.status." + s.status().name()))
                + s.pending()
                        .map(p -> " " + getTranslation("grading.pending", Texts.percent(p)))
                        .orElse(""));
        add(back, new H1(title), status);
        if (s.blind()) {
            // The service sent nothing of the other ratings; say so first, and why the history is not here.
            var blind = new Paragraph(getTranslation("grading.blind"));
            blind.setId("grading-blind");
            blind.addClassName("notice");
            add(blind);
        }
        add(new AnswerPanel(s.answer()));
        form = null;
        overrideForm = null;
        addRater = null;
        s.myRating().ifPresent(kind -> add(ratingSection(s, kind)));
        if (s.myRating().isEmpty() && s.released().isEmpty()) {
            add(new Paragraph(getTranslation(
                    s.status() == GradingStatus.NEEDS_RESOLUTION
                            ? "grading.resolution-by-third"
                            : "grading.nothing-to-rate")));
        }
        if (s.powers().addRater()) {
            addRater = new AddRaterSection(
                    username -> act(() -> grading.addRater(courseId, attemptId, username), "grading.rater-added"));
            add(addRater);
        }
        if (s.powers().release() && s.pending().isPresent()) {
            add(releaseSection(s));
        }
        s.released().ifPresent(r -> add(releasedSection(s, r)));
        history = s.blind() ? null : new HistoryPanel(s);
        if (history != null) {
            add(history);
        }
    }

    private Section ratingSection(Sheet s, RatingKind kind) {
        var current = s.current();
        form = new RatingForm(
                "rate",
                s.answer().rubric(),
                s.required(),
                current.map(r -> r.ratings()).orElse(Map.of()),
                current.map(r -> r.safetyConcern()).orElse(false),
                current.map(r -> r.comment()).orElse(""),
                getTranslation("grading.comment"),
                s.answer().scale().min(),
                s.answer().scale().max());
        var section = new Section(
                new H2(getTranslation(current.isPresent() ? "grading.revise" : "grading.rate." + kind.name())));
        if (kind == RatingKind.RESOLUTION) {
            section.add(new Paragraph(getTranslation("grading.resolution-help", names(s, s.disputed()))));
        }
        if (s.safetyDisputed()) {
            section.add(new Paragraph(getTranslation("grading.safety-disputed")));
        }
        save.setText(getTranslation("grading.save"));
        section.add(form, save);
        section.setId("grading-rate");
        return section;
    }

    private Section releaseSection(Sheet s) {
        var section = new Section(new H2(getTranslation("grading.release")));
        if (s.status() == GradingStatus.AWAITING_SECOND_RATER) {
            section.add(new Paragraph(getTranslation("grading.release-alone")));
        }
        releaseComment.setLabel(getTranslation("grading.comment-to-student"));
        releaseComment.setHelperText(getTranslation("grading.comment-to-student-help"));
        releaseComment.setMaxLength(4000);
        releaseComment.setWidthFull();
        // Raters' comments are notes among teachers; what the student reads is written here, on purpose.
        releaseComment.clear();
        release.setText(getTranslation(
                "grading.release-button", Texts.percent(s.pending().orElseThrow())));
        section.add(releaseComment, release);
        section.setId("grading-release-section");
        return section;
    }

    private Section releasedSection(Sheet s, GradingViews.Released r) {
        var section = new Section(new H2(getTranslation("grading.released")));
        var names = s.answer().rubric().stream().collect(Collectors.toMap(d -> d.id(), d -> d.name()));
        section.add(new Paragraph(getTranslation(
                "grading.released-line", Texts.percent(r.score()), r.releasedBy(), Texts.when(r.releasedAt()))));
        section.add(new Paragraph(r.ratings().entrySet().stream()
                .map(e -> names.getOrDefault(e.getKey(), e.getKey()) + " " + Texts.rating(e.getValue()))
                .collect(Collectors.joining(", "))));
        if (r.safetyFlagged()) {
            section.add(new Paragraph(getTranslation("grading.safety-flagged")));
        }
        section.setId("grading-released-section");
        if (!s.powers().override()) {
            section.add(new Paragraph(getTranslation("grading.override-by-owner")));
            return section;
        }
        Map<String, Integer> rounded = new LinkedHashMap<>();
        r.ratings().forEach((d, v) -> rounded.put(d, (int) Math.round(v)));
        overrideForm = new RatingForm(
                "override",
                s.answer().rubric(),
                s.answer().vignette().dimensions(),
                rounded,
                r.safetyFlagged(),
                r.comment(),
                getTranslation("grading.comment-to-student"),
                s.answer().scale().min(),
                s.answer().scale().max());
        reason.setLabel(getTranslation("grading.reason"));
        reason.setHelperText(getTranslation("grading.reason-help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.clear();
        override.setText(getTranslation("grading.override-button"));
        var overriding = new Section(new H3(getTranslation("grading.override")), overrideForm, reason, override);
        overriding.setId("grading-override-section");
        section.add(overriding);
        return section;
    }

    private void saveRating() {
        var f = form;
        if (f == null) {
            return;
        }
        var ratings = f.ratings();
        if (!ratings.isEmpty()) {
            act(
                    () -> grading.rate(courseId, attemptId, ratings, f.safety.getValue(), f.comment.getValue()),
                    "grading.saved");
        }
    }

    private void saveOverride() {
        var f = overrideForm;
        if (f == null) {
            return;
        }
        var ratings = f.ratings();
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("grading.reason-required"));
            reason.setInvalid(true);
            return;
        }
        if (!ratings.isEmpty()) {
            act(
                    () -> grading.override(
                            courseId, attemptId, ratings, f.safety.getValue(), f.comment.getValue(), reason.getValue()),
                    "grading.overridden");
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey));
        } catch (GradingException e) {
            Notification.show(getTranslation(e.messageKey()));
        }
        refresh();
    }

    private static String names(Sheet s, List<String> ids) {
        return s.answer().rubric().stream()
                .filter(d -> ids.contains(d.id()))
                .map(d -> d.name())
                .collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
