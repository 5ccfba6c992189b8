package org.alliance.web.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.alliance.web.account.AccountException;
import org.alliance.web.account.ui.AccountPageSection;
import org.alliance.web.navigation.Links;
import org.alliance.web.privacy.PersonalDataService;
import org.alliance.web.privacy.PrivacyException;
import org.alliance.web.ui.Actions;
import org.springframework.context.annotation.Scope;

/**
 * "Your data" on the My account page: download everything stored about you as JSON, and (students only)
 * delete your account after confirming your password. After deletion the user is signed out and lands on
 * the sign-in page with a notice.
 */
@SpringComponent
@Scope("prototype")
public class MyDataSection extends Section implements AccountPageSection {
    static final String FILE_NAME = "alliance-my-data.json";

    final Anchor download;
    final Button delete = new Button();
    final ConfirmDialog confirmDelete = new ConfirmDialog();
    final PasswordField deletePassword = new PasswordField();
    final Paragraph refusal = new Paragraph();

    private final transient PersonalDataService personalData;
    private final transient AuthenticationContext authentication;

    MyDataSection(PersonalDataService personalData, AuthenticationContext authentication) {
        this.personalData = personalData;
        this.authentication = authentication;
        addClassName("my-data");
        setId("my-data");

        // Built when the link is followed, in that request, so the file is always current.
        download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] json = this.personalData.export();
                    return new DownloadResponse(
                            new ByteArrayInputStream(json), FILE_NAME, "application/json", json.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("privacy.download"));
        download.setId("my-data-download");
        download.addClassName("download-link");

        var heading = new H2(getTranslation("privacy.heading"));
        heading.setId("my-data-heading");
        getElement().setAttribute("aria-labelledby", "my-data-heading");
        add(
                heading,
                new Paragraph(getTranslation("privacy.intro")),
                download,
                new H3(getTranslation("privacy.delete.heading")),
                new Paragraph(getTranslation("privacy.delete.intro")));

        if (personalData.canDeleteMyAccount()) {
            delete.setText(getTranslation("privacy.delete.button"));
            delete.setId("my-data-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClickListener(e -> openConfirm());
            add(delete);
            buildDialog();
        } else {
            refusal.setText(getTranslation("privacy.delete.students-only"));
            refusal.addClassName("hint");
            add(refusal);
        }
    }

    private void buildDialog() {
        confirmDelete.setHeader(getTranslation("privacy.delete.confirm.header"));
        deletePassword.setLabel(getTranslation("privacy.delete.confirm.password"));
        deletePassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        deletePassword.setId("my-data-delete-password");
        deletePassword.setWidthFull();
        confirmDelete.add(new Paragraph(getTranslation("privacy.delete.confirm.text")), deletePassword);
        confirmDelete.setCancelable(true);
        confirmDelete.setCancelText(getTranslation("privacy.delete.confirm.cancel"));
        confirmDelete.setConfirmText(getTranslation("privacy.delete.confirm.submit"));
        confirmDelete.setConfirmButtonTheme("error primary");
        confirmDelete.addConfirmListener(e -> confirm());
        confirmDelete.addCancelListener(e -> deletePassword.clear());
    }

    private void openConfirm() {
        deletePassword.clear();
        deletePassword.setInvalid(false);
        confirmDelete.open();
        deletePassword.focus();
    }

    void confirm() {
        var deleted = new AtomicBoolean();
        Actions.run("failure.delete-account", () -> deleted.set(deleteMyAccount()));
        if (deleted.get()) {
            signOut();
        }
    }

    /** Deletes the account; false (and says why at the field) when the password is wrong or the role may not. */
    private boolean deleteMyAccount() {
        try {
            personalData.deleteMyAccount(deletePassword.getValue());
            return true;
        } catch (AccountException e) {
            // The dialog closes itself on confirm; open it again with the field marked, so the user can retry.
            deletePassword.setErrorMessage(getTranslation(e.messageKey()));
            deletePassword.setInvalid(true);
            confirmDelete.open();
            deletePassword.focus();
            return false;
        } catch (PrivacyException e) {
            Notification.show(getTranslation(e.messageKey()), 8000, Notification.Position.TOP_CENTER);
            return false;
        }
    }

    private void signOut() {
        UI ui = UI.getCurrent();
        authentication.logout();
        // Overrides the logout's own redirect (to the start page): the sign-in page that says what happened.
        if (ui != null) {
            ui.getPage().setLocation(Links.accountDeleted().location());
        }
    }

    @Override
    public Component component() {
        return this;
    }
}
