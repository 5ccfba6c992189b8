package org.alliance.web.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.alliance.web.account.AccountService;
import org.alliance.web.account.AccountSummary;
import org.alliance.web.account.ui.MyAccountView;
import org.alliance.web.account.ui.UsersView;

/** The signed-in start page: a greeting and what the user's role can do here. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends Div implements HasDynamicTitle {
    final H1 greeting = new H1();

    HomeView(AccountService accounts) {
        addClassName("page");
        AccountSummary me = accounts.currentAccount();
        greeting.setText(getTranslation("home.greeting", me.displayName()));
        var role = new Span(getTranslation("role." + me.role().name()));
        role.addClassName("role-badge");
        role.setId("home-role");
        var intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("lead");
        add(greeting, role, intro, tasks(me));
    }

    private Div tasks(AccountSummary me) {
        var cards = new Div();
        cards.addClassName("card-grid");
        cards.add(card("home.card.account.title", "home.card.account.text", new RouterLink(
                getTranslation("nav.my-account"), MyAccountView.class)));
        if (me.role() == org.alliance.web.account.AccountRole.ADMIN) {
            cards.add(card("home.card.users.title", "home.card.users.text", new RouterLink(
                    getTranslation("nav.users"), UsersView.class)));
        }
        return cards;
    }

    private Div card(String titleKey, String textKey, RouterLink link) {
        var card = new Div(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)), link);
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
