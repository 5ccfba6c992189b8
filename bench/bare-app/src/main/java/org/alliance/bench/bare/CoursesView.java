package org.alliance.bench.bare;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in catalogue: every item read from the database on each visit, as Alliance's catalogue reads its
 * courses. A plain list rather than a Grid, so every title is in the page at once (a Grid renders only the rows
 * in view) and the start-up probe can wait for all of them.
 */
@Route("courses")
@RouteAlias("")
@PermitAll
public class CoursesView extends Main {
    public CoursesView(ItemRepository items) {
        var list = new UnorderedList();
        items.findAllByOrderByIdAsc().forEach(item -> {
            var entry = new ListItem(item.getTitle());
            entry.setId("item-" + item.getId());
            list.add(entry);
        });
        add(new H1("Courses"), list);
    }
}
