package org.alliance.web.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.alliance.web.grading.Notices;
import org.alliance.web.grading.Notices.Notice;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;

/** The signed-in user's notices, newest first; opening one marks it read. */
@Route(Routes.NOTICES)
@PermitAll
public class NoticesView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient Notices notices;
    final UnorderedList list = new UnorderedList();
    final Button markAll = new Button();

    NoticesView(Notices notices) {
        this.notices = notices;
        addClassName("page");
        list.addClassName("notices");
        list.setId("notices");
        markAll.setId("notices-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(e -> Actions.run("failure.notices", () -> {
            notices.markAllRead();
            show();
        }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        list.removeAll();
        var mine = notices.mine();
        for (Notice n : mine) {
            list.add(item(n));
        }
        markAll.setText(getTranslation("notices.mark-all"));
        markAll.setEnabled(mine.stream().anyMatch(n -> !n.read()));
        add(new H1(getTranslation("notices.title")));
        add(mine.isEmpty() ? new Paragraph(getTranslation("notices.none")) : list, markAll);
    }

    private ListItem item(Notice n) {
        String text = getTranslation(n.messageKey(), n.params().toArray());
        var item = new ListItem();
        item.setId("notice-" + n.id());
        item.addClassName(n.read() ? "notice-read" : "notice-unread");
        if (!n.read()) {
            var badge = new Span(getTranslation("notices.new"));
            badge.addClassName("notice-new");
            item.add(badge, new Span(" "));
        }
        if (n.link().isPresent()) {
            var open = new Button(text, e -> {
                notices.markRead(n.id());
                getUI().ifPresent(ui -> ui.navigate(n.link().get()));
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.addClassName("notice-open");
            item.add(open);
        } else {
            item.add(new Span(text));
        }
        var when = new Span(" · " + Texts.when(n.createdAt()));
        when.addClassName("hint");
        item.add(when);
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notices.title") + " · " + getTranslation("app.name");
    }
}
