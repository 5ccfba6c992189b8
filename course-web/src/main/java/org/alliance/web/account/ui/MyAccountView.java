package org.alliance.web.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.alliance.web.account.AccountException;
import org.alliance.web.account.AccountService;
import org.alliance.web.account.AccountSummary;
import org.alliance.web.account.PasswordPolicy;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;

/** The signed-in user's own account: who they are, changing their password, and their data. */
@Route(Routes.MY_ACCOUNT)
@PermitAll
@Menu(title = "nav.my-account", order = 90, icon = "vaadin:user")
public class MyAccountView extends Div implements HasDynamicTitle {
    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button change = new Button();
    final Paragraph mustChangeNotice = new Paragraph();

    private final transient AccountService accounts;

    MyAccountView(AccountService accounts, List<AccountPageSection> sections) {
        this.accounts = accounts;
        addClassName("page");
        AccountSummary me = accounts.currentAccount();

        var who = new Paragraph(getTranslation(
                "account.who",
                me.displayName(),
                me.username(),
                getTranslation("role." + me.role().name())));
        mustChangeNotice.setText(getTranslation("account.must-change"));
        mustChangeNotice.addClassName("notice");
        mustChangeNotice.setId("must-change-notice");
        mustChangeNotice.getElement().setAttribute("role", "status");
        mustChangeNotice.setVisible(me.mustChangePassword());

        current.setLabel(getTranslation("account.password.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setLabel(getTranslation("account.password.new"));
        newPassword.setHelperText(
                getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirm.setLabel(getTranslation("register.confirm"));
        confirm.setAutocomplete(Autocomplete.NEW_PASSWORD);
        change.setText(getTranslation("account.password.submit"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> Actions.run("failure.password", this::submit));

        var form = new FormLayout(current, newPassword, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(
                new H1(getTranslation("nav.my-account")),
                who,
                mustChangeNotice,
                new H2(getTranslation("account.password.heading")),
                new Paragraph(getTranslation("account.password.intro")),
                form,
                change);
        sections.forEach(section -> add(section.component()));
    }

    void submit() {
        current.setInvalid(false);
        newPassword.setInvalid(false);
        confirm.setInvalid(false);
        if (!confirm.getValue().equals(newPassword.getValue())) {
            confirm.setErrorMessage(getTranslation("register.confirm.mismatch"));
            confirm.setInvalid(true);
            return;
        }
        var session = VaadinSession.getCurrent();
        String sessionId = session == null || session.getSession() == null
                ? null
                : session.getSession().getId();
        try {
            accounts.changeOwnPassword(current.getValue(), newPassword.getValue(), sessionId);
        } catch (AccountException e) {
            var field = e.messageKey().equals("account.password.current-wrong") ? current : newPassword;
            var text = new StringBuilder(
                    getTranslation(e.messageKey(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
            // A weak password comes with zxcvbn's warning and suggestions, each a key in the translation file.
            e.hintKeys().forEach(hint -> text.append(' ').append(getTranslation(hint)));
            field.setErrorMessage(text.toString());
            field.setInvalid(true);
            return;
        }
        current.clear();
        newPassword.clear();
        confirm.clear();
        mustChangeNotice.setVisible(false);
        Notification.show(getTranslation("account.password.changed"), 5000, Notification.Position.TOP_CENTER);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-account") + " · " + getTranslation("app.name");
    }
}
