package org.alliance.web.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.alliance.web.account.OneTimePassword;

/** Shows a one-time password to the admin, once: it is never stored in clear and cannot be shown again. */
class OneTimePasswordDialog extends Dialog {
    final Span password = new Span();

    OneTimePasswordDialog(OneTimePassword otp) {
        setHeaderTitle(getTranslation("users.otp.title", otp.username()));
        password.setText(otp.password());
        password.addClassName("otp");
        password.setId("one-time-password");
        add(new Paragraph(getTranslation("users.otp.text", otp.username())), password);
        var done = new Button(getTranslation("common.done"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
    }
}
