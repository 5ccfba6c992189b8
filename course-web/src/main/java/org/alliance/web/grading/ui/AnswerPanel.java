package org.alliance.web.grading.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.TreeMap;
import org.alliance.web.vignette.FreeTextAnswers.Answer;
import org.alliance.web.vignette.VignetteViews.Anchored;

/**
 * What a grader reads before rating: the client's line, the prompt, the student's text, their self-assessment
 * (labelled as context only: it never counts), the rubric with its anchors and the example responses.
 */
class AnswerPanel extends Div {
    final Paragraph text = new Paragraph();

    AnswerPanel(Answer a) {
        addClassName("answer-panel");
        var client = new Paragraph(getTranslation("grading.client-said", a.client()));
        a.cue().ifPresent(cue -> client.add(" " + getTranslation("grading.cue", cue)));
        text.setText(a.text());
        text.setId("grading-answer");
        text.addClassName("student-text");
        var answer = new Section(
                new H2(getTranslation("grading.answer")),
                new Paragraph(getTranslation("grading.answer-by", a.username(), Texts.when(a.finishedAt()))),
                client,
                new Paragraph(a.prompt()),
                text);
        add(answer);

        var self = new UnorderedList();
        for (Anchored d : a.rubric()) {
            var rating = a.selfAssessment().get(d.id());
            self.add(new ListItem(getTranslation(
                    "grading.self-rating", d.name(), rating == null ? getTranslation("grading.not-rated") : rating)));
        }
        var selfSection = new Section(
                new H2(getTranslation("grading.self-heading")),
                new Paragraph(getTranslation("grading.self-context")),
                self);
        selfSection.addClassName("context-only");
        selfSection.setId("grading-self-assessment");
        add(selfSection);

        var rubric = new Section(new H2(getTranslation("grading.rubric")));
        for (Anchored d : a.rubric()) {
            var anchors = new UnorderedList();
            new TreeMap<>(d.anchors()).forEach((level, anchor) -> anchors.add(new ListItem(level + " · " + anchor)));
            rubric.add(new H3(d.name()), new Paragraph(d.description()), anchors);
        }
        rubric.setId("grading-rubric");
        add(rubric);

        var examples = new Section(new H2(getTranslation("grading.examples")));
        new TreeMap<>(a.examples())
                .forEach((level, example) ->
                        examples.add(new Paragraph(getTranslation("grading.example", level, example))));
        examples.setId("grading-examples");
        add(examples);
    }
}
