package org.alliance.web.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.alliance.web.account.AccountService;
import org.alliance.web.account.AccountSummary;
import org.alliance.web.navigation.Links;
import org.alliance.web.shell.idle.IdleProperties;
import org.alliance.web.shell.idle.ui.IdleGuard;
import org.alliance.web.shell.idle.ui.IdleSignOut;
import org.alliance.web.ui.RouteLinks;
import org.jspecify.annotations.Nullable;

/**
 * The frame of every signed-in view: product name, the navigation the user's role may use (Vaadin filters
 * menu entries by each view's access annotations), and a user menu with logout.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {
    private final transient AuthenticationContext authentication;
    private final transient AccountService accounts;
    private static final String SCHEME = "alliance.color-scheme";
    private final Span viewTitle = new Span();
    final SideNav nav = new SideNav();
    /** The one main landmark of every signed-in page; the routed view goes inside it. */
    private final Main main = new Main();

    private Component view;
    /**
     * The signed-in account as this page found it. Read once per page: a new role, a reset password or a disabled
     * account ends the session (the session registry), so it cannot change under an open page; only leaving the
     * "must change the password" state can, which is read afresh while it holds.
     */
    private @Nullable Optional<AccountSummary> me;

    private @Nullable String meFor;

    private @Nullable String navFor;
    /** Signs the session out after inactivity, with a warning first; only for a signed-in user. */
    final @Nullable IdleGuard idle;

    MainLayout(
            AuthenticationContext authentication,
            AccountService accounts,
            List<HeaderItem> items,
            IdleProperties idleProperties,
            Clock clock) {
        this.authentication = authentication;
        this.accounts = accounts;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(nav));
        addToNavbar(true, navbar(items));
        if (authentication.isAuthenticated()) {
            idle = new IdleGuard(
                    idleProperties.policy(),
                    clock,
                    () -> getUI().ifPresent(ui -> IdleSignOut.of(ui).run()));
            addToNavbar(idle);
        } else {
            idle = null;
        }
        main.setId("main-content");
        main.addClassName("app-main");
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        view = content instanceof Component c ? c : null;
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
        view = null;
    }

    private Component brand() {
        var mark = new Span("◐");
        mark.addClassName("brand-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        var name = new Anchor("", getTranslation("app.name"));
        name.addClassName("brand-name");
        var brand = new Div(mark, name);
        brand.addClassName("brand");
        return brand;
    }

    private Component navbar(List<HeaderItem> items) {
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        var bar = new Div(toggle, viewTitle);
        bar.addClassName("navbar");
        if (authentication.isAuthenticated()) {
            me().ifPresent(me -> {
                items.forEach(item -> bar.add(item.component()));
                bar.add(userMenu(me));
            });
        }
        return bar;
    }

    private Component userMenu(AccountSummary me) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        var avatar = new Avatar(me.displayName());
        avatar.getElement().setAttribute("aria-hidden", "true");
        var label = new Span(me.displayName());
        var labelled = new Div(avatar, label);
        labelled.addClassName("user-menu-label");
        var top = menu.addItem(labelled);
        top.setAriaLabel(getTranslation("nav.user-menu", me.displayName()));
        top.getSubMenu()
                .addItem(
                        getTranslation("nav.my-account"),
                        e -> getUI().ifPresent(ui -> RouteLinks.navigate(ui, Links.myAccount())));
        var appearance = top.getSubMenu().addItem(getTranslation("nav.appearance"));
        for (ColorScheme.Value scheme :
                new ColorScheme.Value[] {ColorScheme.Value.LIGHT_DARK, ColorScheme.Value.LIGHT, ColorScheme.Value.DARK
                }) {
            var item = appearance
                    .getSubMenu()
                    .addItem(getTranslation("nav.appearance." + scheme.name()), e -> applyScheme(scheme, true));
            item.setId("appearance-" + scheme.name().toLowerCase());
        }
        top.getSubMenu().addItem(getTranslation("nav.logout"), e -> authentication.logout());
        return menu;
    }

    /** The chosen appearance lasts for the session; "system" follows the operating system's setting. */
    private void applyScheme(ColorScheme.Value scheme, boolean chosen) {
        var session = VaadinSession.getCurrent();
        if (chosen && session != null) {
            session.setAttribute(SCHEME, scheme);
        }
        getUI().ifPresent(ui -> ui.getPage().setColorScheme(scheme));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SCHEME) instanceof ColorScheme.Value scheme) {
            applyScheme(scheme, false);
        }
    }

    private void buildNav() {
        nav.removeAll();
        nav.setLabel(getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
    }

    /** After an admin reset, nothing but choosing a new password is open to the user. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()
                && me().map(AccountSummary::mustChangePassword).orElse(false)
                && refreshedMe().map(AccountSummary::mustChangePassword).orElse(false)) {
            var myAccount = RouteLinks.target(Links.myAccount());
            if (event.getNavigationTarget() != myAccount) {
                event.rerouteTo(myAccount);
            }
        }
    }

    private Optional<AccountSummary> me() {
        String now = authentication.getPrincipalName().orElse(null);
        if (me == null || !Objects.equals(now, meFor)) {
            me = accounts.currentAccountIfAny();
            meFor = now;
        }
        return me;
    }

    private Optional<AccountSummary> refreshedMe() {
        me = null;
        return me();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // What the role may open cannot change while the page is open (a new role ends the session): built once
        // per signed-in user.
        String now = authentication.getPrincipalName().orElse(null);
        if (nav.getItems().isEmpty() || !Objects.equals(now, navFor)) {
            buildNav();
            navFor = now;
        }
        if (idle != null) {
            idle.touch(); // a page change is a real interaction
        }
        // Page titles end with the product name for the browser tab; the bar shows the page's own name.
        String suffix = " · " + getTranslation("app.name");
        String title = view == null ? "" : MenuConfiguration.getPageHeader(view).orElse("");
        viewTitle.setText(title.endsWith(suffix) ? title.substring(0, title.length() - suffix.length()) : title);
        scrollToTop();
    }

    /**
     * A new page opens at its top. The app layout's content area, not the window, is what scrolls, and the
     * browser keeps its position across router navigation. (A citation's link to its reference is a plain
     * fragment link within the page, which the router does not see.)
     */
    private void scrollToTop() {
        getElement()
                .executeJs("const c = this.shadowRoot && this.shadowRoot.querySelector('[part=content]');"
                        + "if (c) { c.scrollTop = 0; } window.scrollTo(0, 0);");
    }
}
