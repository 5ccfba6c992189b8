package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An open session ends when an admin disables the account: the student's next click lands on the sign-in page,
 * which says why, and signing in again after the account is enabled works. In real Chromium.
 */
class SessionEndedIT extends Journey {
    private static final String PASSWORD = "kettle-on-the-windowsill";

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOutOfServices() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_disabled_account_is_signed_out_at_its_next_click_and_told_why() {
        String student = "ended-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register("Rosa Lind", student, PASSWORD);
        browser.signIn(student, PASSWORD);
        browser.waitForText(By.tagName("h1"), "Welcome, Rosa Lind");

        TestUsers.signIn("admin", "ADMIN", "INSTRUCTOR");
        accounts.setEnabled(student, false);

        browser.click(By.xpath("//vaadin-side-nav-item[contains(., 'My account')]"));
        browser.waitForUrlEnding("/login?ended");
        String notice = browser.waitFor(By.id("session-ended")).getText();
        assertThat(notice).contains("You have been signed out");
        assertThat(browser.waitFor(By.id("session-ended")).getAttribute("role")).isEqualTo("status");
        browser.screenshot("session-ended");

        accounts.setEnabled(student, true);
        browser.signIn(student, PASSWORD);
        browser.waitForText(By.tagName("h1"), "Welcome, Rosa Lind");
        browser.click(By.xpath("//vaadin-side-nav-item[contains(., 'My account')]"));
        browser.waitForUrlEnding("/account");
    }
}
