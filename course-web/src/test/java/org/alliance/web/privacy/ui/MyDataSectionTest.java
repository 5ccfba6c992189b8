package org.alliance.web.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.account.ui.MyAccountView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The "Your data" section of My account, driven as a user would. */
@AllianceTest
@ViewPackages(packages = "org.alliance.web")
class MyDataSectionTest extends SpringBrowserlessTest {
    @Autowired
    AccountService accounts;

    /** The student must exist before the first request, which already builds the main layout for them. */
    @BeforeAll
    static void registerTheStudent(@Autowired AccountService accounts) {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "setup", "setup", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        try {
            accounts.register("Section Student", "section-student", "the kettle sings at seven");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    @WithMockUser(username = "section-student", roles = "STUDENT")
    void a_student_downloads_their_data_and_deletes_their_account_after_giving_the_password() {
        navigate(MyAccountView.class);
        MyDataSection section = $(MyDataSection.class).single();

        assertThat(section.download.getElement().getAttribute("download")).isNotNull();
        var file = new ByteArrayOutputStream();
        test(section.download).download(file);
        assertThat(file.toString(StandardCharsets.UTF_8))
                .contains("\"username\" : \"section-student\"")
                .contains("\"displayName\" : \"Section Student\"")
                .doesNotContain("passwordHash");

        test(section.delete).click();
        roundTrip();
        assertThat(section.confirmDelete.isOpened()).isTrue();
        test(section.deletePassword).setValue("not the password");
        test(section.confirmDelete).confirm();
        assertThat(section.deletePassword.isInvalid()).isTrue();
        assertThat(section.deletePassword.getErrorMessage()).isEqualTo("That is not your current password.");
        assertThat(accounts.findForLogin("section-student")).isPresent();

        test(section.delete).click();
        roundTrip();
        assertThat(section.deletePassword.isInvalid()).as("a fresh start").isFalse();
        test(section.deletePassword).setValue("the kettle sings at seven");
        // Deleting signs out, which invalidates the session. The mock session then refuses Spring Security's
        // clean-up that a real container skips (its request returns no session once invalidated), so the
        // sign-out surfaces here as that refusal; MyDataIT covers the real sign-out and landing page.
        assertThatThrownBy(() -> test(section.confirmDelete).confirm()).hasMessageStartingWith("invalidated");
        assertThat(accounts.findForLogin("section-student")).isEmpty();
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void an_instructor_may_download_but_is_told_why_their_account_cannot_be_deleted_here() {
        navigate(MyAccountView.class);
        MyDataSection section = $(MyDataSection.class).single();
        assertThat(section.download.getHref()).isNotBlank();
        assertThat(section.delete.isAttached()).isFalse();
        assertThat(section.refusal.getText()).startsWith("Only student accounts can be deleted here");
    }
}
