package org.alliance.web.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.alliance.web.account.AccountException;
import org.alliance.web.account.AccountService;
import org.alliance.web.account.PasswordPolicy;
import org.alliance.web.account.Usernames;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.ui.RouteLinks;
import org.alliance.web.ui.VisitorPages;

/** Student self-registration: display name, username, password; the server decides what is acceptable. */
@Route(value = Routes.REGISTER, autoLayout = false)
@AnonymousAllowed
public class RegisterView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    final TextField displayName = new TextField();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button create = new Button();

    private final transient AccountService accounts;
    private final transient PasswordPolicy policy;

    RegisterView(AccountService accounts, PasswordPolicy policy) {
        this.accounts = accounts;
        this.policy = policy;
        addClassName("auth-page");

        displayName.setId("register-display-name");
        username.setId("register-username");
        password.setId("register-password");
        confirm.setId("register-confirm");
        create.setId("register-submit");
        displayName.setLabel(getTranslation("register.display-name"));
        displayName.setMaxLength(80);
        displayName.setRequiredIndicatorVisible(true);
        displayName.setAutocomplete(Autocomplete.NAME);
        username.setLabel(getTranslation("register.username"));
        username.setHelperText(getTranslation("register.username.help", Usernames.MIN_LENGTH, Usernames.MAX_LENGTH));
        username.setMaxLength(Usernames.MAX_LENGTH);
        username.setRequiredIndicatorVisible(true);
        username.setAutocomplete(Autocomplete.USERNAME);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(
                getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.addValueChangeListener(e -> checkPassword());
        confirm.setLabel(getTranslation("register.confirm"));
        confirm.setRequiredIndicatorVisible(true);
        confirm.setAutocomplete(Autocomplete.NEW_PASSWORD);
        create.setText(getTranslation("register.submit"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> Actions.run("failure.register", this::submit));
        create.addClickShortcut(Key.ENTER);

        var form = new FormLayout(displayName, username, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var back = new Paragraph(getTranslation("register.have-account") + " ");
        back.add(RouteLinks.to(getTranslation("register.sign-in"), Links.login()));
        var card = new Div(
                new H1(getTranslation("register.title")),
                new Paragraph(getTranslation("register.intro")),
                form,
                create,
                back);
        card.addClassName("auth-card");
        add(card);
    }

    private boolean checkPassword() {
        var problem = policy.check(password.getValue(), username.getValue(), displayName.getValue());
        password.setInvalid(problem.isPresent());
        problem.ifPresent(p -> password.setErrorMessage(message(p.messageKey(), p.feedbackKeys())));
        return problem.isEmpty();
    }

    void submit() {
        clearErrors();
        boolean ok = checkPassword();
        if (!confirm.getValue().equals(password.getValue())) {
            fail(confirm, "register.confirm.mismatch");
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            accounts.register(displayName.getValue(), username.getValue(), password.getValue());
        } catch (AccountException e) {
            fail(fieldFor(e.messageKey()), e.messageKey(), e.hintKeys());
            return;
        }
        Notification.show(getTranslation("register.done"), 5000, Notification.Position.TOP_CENTER);
        getUI().ifPresent(ui -> RouteLinks.navigate(ui, Links.login()));
    }

    /** The refusal's text, then each of zxcvbn's hints (a warning, suggestions) from the translation file. */
    private String message(String key, List<String> hintKeys) {
        var text = new StringBuilder(getTranslation(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        hintKeys.forEach(hint -> text.append(' ').append(getTranslation(hint)));
        return text.toString();
    }

    private HasValidation fieldFor(String key) {
        if (key.startsWith("account.username")) {
            return username;
        }
        if (key.startsWith("password")) {
            return password;
        }
        return displayName;
    }

    private void fail(HasValidation field, String key) {
        fail(field, key, List.of());
    }

    private void fail(HasValidation field, String key, List<String> hintKeys) {
        field.setErrorMessage(message(key, hintKeys));
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (var field : new HasValidation[] {displayName, username, password, confirm}) {
            field.setInvalid(false);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VisitorPages.sendSignedInUsersHome(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · " + getTranslation("app.name");
    }
}
