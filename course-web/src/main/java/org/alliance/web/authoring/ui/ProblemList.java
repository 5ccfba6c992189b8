package org.alliance.web.authoring.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.alliance.core.validation.Problem;
import org.alliance.web.ui.ProblemText;

/**
 * Problems in an author's words, one per list item: "Error: in quizzes/q1.yaml, line 12: what is wrong and
 * how to fix it" (see {@link ProblemText}), so an author can go straight to the place in their files.
 */
class ProblemList extends UnorderedList {

    ProblemList() {
        addClassName("import-problems");
    }

    void show(List<Problem> problems) {
        removeAll();
        for (Problem p : problems) {
            var item = new ListItem(ProblemText.of(this, p));
            item.addClassName(p.isError() ? "import-error" : p.isAccepted() ? "import-accepted" : "import-warning");
            add(item);
        }
        setVisible(!problems.isEmpty());
    }
}
