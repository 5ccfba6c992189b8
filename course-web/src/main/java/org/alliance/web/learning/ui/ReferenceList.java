package org.alliance.web.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import org.alliance.core.model.Course;
import org.alliance.core.model.Reference;

/**
 * The references a page's text cites, each with the id {@code ref-<id>} that the page's citation links point
 * at (see LessonRenderer). Hidden when the text cites nothing.
 */
public class ReferenceList extends Section {

    public ReferenceList(Course course, Set<String> cited) {
        var list = new OrderedList();
        list.addClassName("reference-list");
        var refs =
                course.references().stream().filter(r -> cited.contains(r.id())).toList();
        for (Reference ref : refs) {
            var item = new ListItem(
                    new Span(ref.authors() + " (" + ref.year() + "). " + ref.title() + ". " + ref.source() + "."));
            ref.doi().ifPresent(doi -> {
                var link = new Anchor("https://doi.org/" + doi, "doi:" + doi);
                link.setTarget("_blank");
                item.add(new Span(" "), link);
            });
            item.setId("ref-" + ref.id());
            list.add(item);
        }
        add(new H2(getTranslation("lesson.references")), list);
        addClassName("references");
        setVisible(!refs.isEmpty());
    }
}
