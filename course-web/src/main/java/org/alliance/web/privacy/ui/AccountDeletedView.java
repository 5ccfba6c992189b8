package org.alliance.web.privacy.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.alliance.web.security.ui.LoginView;

/**
 * Where a deleted account lands after being signed out: the sign-in page, with a notice at the top saying
 * that the account and its sign-in are gone (a status, so screen readers announce it).
 */
@Route(value = AccountDeletedView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class AccountDeletedView extends LoginView {
    public static final String ROUTE = "account-deleted";

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
