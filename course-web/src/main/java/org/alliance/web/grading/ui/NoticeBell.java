package org.alliance.web.grading.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.alliance.web.grading.Notices;
import org.alliance.web.shell.ui.HeaderItem;
import org.springframework.context.annotation.Scope;

/**
 * The bell in the navbar: a link to the notices page whose accessible name says how many are unread, with the
 * count shown as a badge. It counts again after every navigation, so a notice read elsewhere clears it.
 * Built per layout (prototype scope); it asks the service only once attached for a signed-in user.
 */
@SpringComponent
@Scope("prototype")
public class NoticeBell extends RouterLink implements AfterNavigationObserver, HeaderItem {
    private final transient Notices notices;
    final Span count = new Span();

    NoticeBell(Notices notices) {
        this.notices = notices;
        setRoute(NoticesView.class);
        setId("notice-bell");
        addClassName("notice-bell");
        var icon = new Icon(VaadinIcon.BELL);
        icon.getElement().setAttribute("aria-hidden", "true");
        count.addClassName("notice-count");
        count.getElement().setAttribute("aria-hidden", "true");
        add(icon, count);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        update();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        update();
    }

    void update() {
        int unread = notices.unreadCount();
        count.setText(unread == 0 ? "" : Integer.toString(unread));
        count.setVisible(unread > 0);
        getElement()
                .setAttribute(
                        "aria-label",
                        unread == 0 ? getTranslation("notices.bell-none") : getTranslation("notices.bell", unread));
    }

    @Override
    public Component component() {
        return this;
    }
}
