package org.alliance.web.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.alliance.web.account.AccountException;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.account.AccountSummary;
import org.alliance.web.account.OneTimePassword;
import org.alliance.web.account.Roles;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;

/** The admin's account list: create accounts, change roles, disable, and reset passwords. */
@Route(Routes.USERS)
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.users", order = 80, icon = "vaadin:users")
public class UsersView extends Div implements HasDynamicTitle {
    final TextField filter = new TextField();
    final Grid<AccountSummary> grid = new Grid<>();
    final Button create = new Button();

    private final transient AccountService accounts;

    UsersView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("page");
        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setAriaLabel(getTranslation("users.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        filter.setClearButtonVisible(true);
        create.setText(getTranslation("users.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new CreateAccountDialog(accounts, this::created).open());

        grid.addColumn(AccountSummary::username)
                .setHeader(getTranslation("users.col.username"))
                .setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName)
                .setHeader(getTranslation("users.col.name"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::roleSelect)
                .setHeader(getTranslation("users.col.role"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.col.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("users.col.actions"))
                .setAutoWidth(true);
        grid.setItems(query -> accounts.list(filter.getValue(), query.getOffset(), query.getLimit()).stream());
        grid.setAriaLabel(getTranslation("nav.users"));

        var toolbar = new HorizontalLayout(filter, create);
        toolbar.addClassName("toolbar");
        add(new H1(getTranslation("nav.users")), toolbar, grid);
        setSizeFull();
    }

    private Component roleSelect(AccountSummary account) {
        var select = new Select<AccountRole>();
        select.setItems(AccountRole.values());
        select.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        select.setValue(account.role());
        select.setAriaLabel(getTranslation("users.role-of", account.username()));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Actions.run(
                        "failure.account-role",
                        () -> act(() -> accounts.changeRole(account.username(), e.getValue()), "users.role-changed"));
            }
        });
        return select;
    }

    private Component actions(AccountSummary account) {
        var toggle = new Button(getTranslation(account.enabled() ? "users.disable" : "users.enable"));
        toggle.setAriaLabel(
                getTranslation(account.enabled() ? "users.disable-of" : "users.enable-of", account.username()));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(e -> Actions.run(
                "failure.account-enabled",
                () -> act(
                        () -> accounts.setEnabled(account.username(), !account.enabled()),
                        account.enabled() ? "users.disabled-done" : "users.enabled-done")));
        var reset = new Button(getTranslation("users.reset"));
        reset.setAriaLabel(getTranslation("users.reset-of", account.username()));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.addClickListener(e -> Actions.run("failure.account-reset", () -> {
            try {
                new OneTimePasswordDialog(accounts.resetPassword(account.username())).open();
            } catch (AccountException ex) {
                Notification.show(getTranslation(ex.messageKey()));
            }
            grid.getDataProvider().refreshAll();
        }));
        return new HorizontalLayout(toggle, reset);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey));
        } catch (AccountException e) {
            Notification.show(getTranslation(e.messageKey()));
        }
        grid.getDataProvider().refreshAll();
    }

    private void created(OneTimePassword password) {
        grid.getDataProvider().refreshAll();
        new OneTimePasswordDialog(password).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · " + getTranslation("app.name");
    }
}
