package org.alliance.web.security.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.alliance.web.navigation.Routes;

/**
 * Where a deleted account lands after being signed out: the sign-in page, with a notice at the top saying
 * that the account and its sign-in are gone (a status, so screen readers announce it).
 */
@Route(value = Routes.ACCOUNT_DELETED, autoLayout = false)
@AnonymousAllowed
public class AccountDeletedView extends LoginView {
    final Paragraph notice = new Paragraph();

    public AccountDeletedView() {
        addClassName("account-deleted");
        notice.setText(getTranslation("privacy.deleted.notice"));
        notice.addClassName("notice");
        notice.setId("account-deleted-notice");
        notice.getElement().setAttribute("role", "status");
        addComponentAsFirst(notice);
    }
}
