package org.alliance.web.drill.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliance.core.model.Criterion;
import org.alliance.web.account.Roles;
import org.alliance.web.drill.DrillException;
import org.alliance.web.drill.DrillFeedback;
import org.alliance.web.drill.DrillTeachingViews.FeedbackSheet;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.ui.RouteLinks;

/**
 * An instructor answers a drill response a student sent for feedback: the drill and its skill, the statement,
 * the response, the statement's criteria to tick where met, and a comment. Feedback, never a grade; answering
 * again replaces the earlier answer.
 */
@Route(Routes.DRILL_FEEDBACK)
@RolesAllowed(Roles.INSTRUCTOR)
public class DrillFeedbackView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final transient DrillFeedback feedback;
    private final transient LessonRenderer renderer;
    private String title = "";
    private String courseId = "";
    private String tryId = "";
    final CheckboxGroup<Criterion> met = new CheckboxGroup<>();
    final TextArea comment = new TextArea();
    final Button send = new Button();
    final Paragraph status = new Paragraph();

    DrillFeedbackView(DrillFeedback feedback, LessonRenderer renderer) {
        this.feedback = feedback;
        this.renderer = renderer;
        addClassName("page");
        addClassName("drill-feedback-page");
        met.setId("drill-feedback-met");
        met.setLabel(getTranslation("drill.answer.met"));
        met.setItemLabelGenerator(Criterion::text);
        met.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        comment.setId("drill-feedback-comment");
        comment.setLabel(getTranslation("drill.answer.comment"));
        comment.setHelperText(getTranslation("drill.answer.comment-help"));
        comment.setMaxLength(DrillFeedback.MAX_COMMENT);
        comment.setRequiredIndicatorVisible(true);
        comment.setWidthFull();
        send.setId("drill-feedback-send");
        send.setText(getTranslation("drill.answer.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> Actions.run("failure.drill-feedback", this::save));
        status.setId("drill-feedback-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var p = event.getRouteParameters();
        courseId = p.get("courseId").orElse("");
        tryId = p.get("tryId").orElse("");
        var sheet = feedback.sheet(courseId, tryId);
        if (sheet.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(sheet.get());
    }

    private void show(FeedbackSheet s) {
        removeAll();
        title = getTranslation("drill.answer.title", s.drillTitle());
        var back = RouteLinks.to(getTranslation("drill.answer.back"), Links.gradingQueue(courseId));
        back.addClassName("breadcrumb");
        add(back, new H1(title));
        add(hint(getTranslation("drill.answer.intro")));
        var skill = new Div(new Html(renderer.renderStandalone(s.skill())));
        skill.addClassName("drill-skill");
        add(skill);

        add(new H2(getTranslation("drill.answer.statement")));
        if (!s.context().isBlank()) {
            add(new Paragraph(s.context()));
        }
        if (!s.tone().isBlank()) {
            add(new Paragraph(getTranslation("drill.tone", s.tone())));
        }
        var client = new Paragraph(getTranslation("drill.client-says", s.client()));
        client.addClassName("drill-client");
        add(client);

        add(new H2(getTranslation("drill.answer.response", s.student())));
        var response = new Paragraph(s.response());
        response.setId("drill-feedback-response");
        response.addClassName("drill-response");
        add(response, hint(getTranslation("drill.answer.requested", WHEN.format(s.requestedAt()))));

        add(new H2(getTranslation("drill.answer.heading")));
        met.setItems(s.criteria());
        Set<String> given = s.answer().map(a -> a.met()).orElse(Set.of());
        met.setValue(s.criteria().stream().filter(c -> given.contains(c.id())).collect(Collectors.toSet()));
        comment.setValue(s.answer().map(a -> a.comment()).orElse(""));
        comment.setInvalid(false);
        status.setText(s.answer()
                .map(a -> getTranslation("drill.answer.answered", a.answeredBy(), WHEN.format(a.answeredAt())))
                .orElse(getTranslation("drill.answer.open")));
        add(status, met, comment, send);
    }

    private void save() {
        String text = comment.getValue().strip();
        if (text.isEmpty()) {
            comment.setErrorMessage(getTranslation("drill.feedback.comment-required"));
            comment.setInvalid(true);
            comment.focus();
            return;
        }
        comment.setInvalid(false);
        Set<String> ids = met.getValue().stream().map(Criterion::id).collect(Collectors.toSet());
        try {
            feedback.answer(courseId, tryId, ids, text);
        } catch (DrillException e) {
            Notification.show(getTranslation(e.key()));
            return;
        }
        feedback.sheet(courseId, tryId).ifPresent(this::show);
        Notification.show(getTranslation("drill.answer.sent"));
        send.focus();
    }

    private static Paragraph hint(String text) {
        var p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
