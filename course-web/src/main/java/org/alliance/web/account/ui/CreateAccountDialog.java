package org.alliance.web.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.alliance.web.account.AccountException;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.account.OneTimePassword;
import org.alliance.web.ui.Actions;

/** Creates an account (an instructor by default) with a one-time password. */
class CreateAccountDialog extends Dialog {
    final TextField displayName = new TextField();
    final TextField username = new TextField();
    final Select<AccountRole> role = new Select<>();
    final Button save = new Button();

    CreateAccountDialog(AccountService accounts, Consumer<OneTimePassword> onCreated) {
        setHeaderTitle(getTranslation("users.create"));
        displayName.setLabel(getTranslation("register.display-name"));
        username.setLabel(getTranslation("register.username"));
        role.setLabel(getTranslation("users.col.role"));
        role.setItems(AccountRole.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(AccountRole.INSTRUCTOR);
        var form = new FormLayout(displayName, username, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.setText(getTranslation("users.create.submit"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> Actions.run("failure.account-created", () -> {
            displayName.setInvalid(false);
            username.setInvalid(false);
            try {
                OneTimePassword created =
                        accounts.createAccount(displayName.getValue(), username.getValue(), role.getValue());
                close();
                onCreated.accept(created);
            } catch (AccountException ex) {
                var field = ex.messageKey().startsWith("account.username") ? username : displayName;
                field.setErrorMessage(getTranslation(ex.messageKey()));
                field.setInvalid(true);
            }
        }));
        var cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
