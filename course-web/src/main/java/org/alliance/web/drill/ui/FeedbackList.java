package org.alliance.web.drill.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.alliance.core.model.Criterion;
import org.alliance.web.drill.DrillViews.FeedbackView;

/** The responses the student sent for feedback, with the instructor's answer once given. */
class FeedbackList extends Div {

    FeedbackList(java.util.List<FeedbackView> feedback) {
        addClassName("drill-feedback");
        setId("drill-feedback");
        add(new H2(getTranslation("drill.feedback-heading")));
        for (FeedbackView f : feedback) {
            var item = new Div();
            item.addClassName("drill-feedback-item");
            item.add(new H3(getTranslation("drill.client-says", f.client())));
            item.add(new Paragraph(getTranslation("drill.your-response", f.response())));
            if (f.answeredAt().isEmpty()) {
                item.add(new Paragraph(getTranslation("drill.feedback-waiting")));
            } else {
                var met = new UnorderedList();
                f.met().forEach(c -> met.add(new ListItem(getTranslation("drill.feedback-met", text(c)))));
                f.notMet().forEach(c -> met.add(new ListItem(getTranslation("drill.feedback-not-met", text(c)))));
                item.add(met);
                var comment = new Paragraph(getTranslation("drill.feedback-comment", f.comment()));
                comment.addClassName("drill-feedback-comment");
                item.add(comment);
            }
            add(item);
        }
    }

    private static String text(Criterion c) {
        return c.text();
    }
}
