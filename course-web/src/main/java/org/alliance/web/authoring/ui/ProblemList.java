package org.alliance.web.authoring.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.alliance.core.validation.Problem;

/**
 * Problems as the content build prints them, {@code file:line:column: message (hint)}, one per list item, so
 * an author can go straight to the place in their files. Messages are the reader's plain English.
 */
class ProblemList extends UnorderedList {

    ProblemList() {
        addClassName("import-problems");
    }

    void show(List<Problem> problems) {
        removeAll();
        for (Problem p : problems) {
            var where = new Span(location(p));
            where.addClassName("import-problem-where");
            String after = p.isAccepted() ? " " + getTranslation("portability.import.problem-accepted", p.params().get("why"))
                    : p.hint().isBlank() ? "" : " (" + p.hint() + ")";
            var item = new ListItem(where, new Span(" " + p.message() + after));
            item.addClassName(p.isError() ? "import-error" : p.isAccepted() ? "import-accepted" : "import-warning");
            add(item);
        }
        setVisible(!problems.isEmpty());
    }

    static String location(Problem p) {
        return p.file() + ":" + p.line() + ":" + p.column() + ":";
    }
}
