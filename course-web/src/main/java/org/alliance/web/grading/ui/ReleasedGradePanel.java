package org.alliance.web.grading.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.alliance.web.grading.ReleasedGrades.Feedback;
import org.alliance.web.ui.BarChart;

/**
 * For the student's debrief: the released rating per dimension (beside their own self-rating) and the
 * instructor's comment. Who rated is never shown here.
 */
public class ReleasedGradePanel extends Section {

    public ReleasedGradePanel(Feedback feedback) {
        addClassName("released-grade");
        setId("released-grade");
        var bars = feedback.dimensions().stream()
                .map(d -> new BarChart.Bar(
                        d.name(),
                        d.rating(),
                        feedback.min(),
                        feedback.max(),
                        Texts.rating(d.rating()) + " / " + feedback.max()))
                .toList();
        add(
                new H2(getTranslation("grading.feedback.title")),
                new BarChart(bars, getTranslation("grading.feedback.table")));
        // The self-assessment never counts; beside the grade it shows the student how their own reading compares.
        var self = new UnorderedList();
        feedback.dimensions()
                .forEach(d -> d.self()
                        .ifPresent(s ->
                                self.add(new ListItem(d.name() + ": " + getTranslation("grading.feedback.yours", s)))));
        if (self.getChildren().findAny().isPresent()) {
            self.setId("released-self");
            add(new Paragraph(getTranslation("grading.feedback.self-heading")), self);
        }
        if (feedback.safetyFlagged()) {
            add(new Paragraph(getTranslation("grading.feedback.safety")));
        }
        feedback.comment().ifPresent(c -> {
            var comment = new Paragraph(c);
            comment.setId("released-comment");
            add(new H2(getTranslation("grading.feedback.comment")), comment);
        });
    }
}
