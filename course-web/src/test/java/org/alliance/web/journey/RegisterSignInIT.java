package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** A newcomer registers, signs in and out; then the demo instructor signs in. In real Chromium. */
class RegisterSignInIT extends Journey {

    @Test
    void a_student_registers_signs_in_and_out_and_an_instructor_signs_in() {
        browser.open("register");
        browser.type(By.id("register-display-name"), "Amara Osei");
        browser.type(By.id("register-username"), "amara");
        browser.type(By.id("register-password"), "tea with lemon at dawn");
        browser.type(By.id("register-confirm"), "tea with lemon at dawn");
        browser.screenshot("01-register");
        browser.waitFor(By.id("register-submit")).click();

        browser.waitForUrlEnding("/login");
        signIn("amara", "tea with lemon at dawn");
        browser.waitForText(By.tagName("h1"), "Welcome, Amara Osei");
        browser.waitForText(By.id("home-role"), "Student");
        assertThat(navLabels()).contains("Home", "My account").doesNotContain("Users");
        browser.screenshot("02-student-home");

        browser.waitFor(By.cssSelector(".user-menu vaadin-menu-bar-button")).click();
        browser.waitFor(By.xpath("//vaadin-menu-bar-item[contains(., 'Log out')]"))
                .click();
        browser.waitForUrlEnding("/login");
        browser.waitFor(By.id("vaadinLoginUsername"));
        browser.screenshot("03-signed-out");

        signIn("instructor", "wrong password");
        browser.waitForUrlEnding("/login?error");
        browser.waitFor(By.cssSelector("vaadin-login-form[error]"));
        browser.screenshot("04-wrong-password");

        signIn("instructor", "cedar-desk-lamp-marking");
        browser.waitForText(By.id("home-role"), "Instructor");
        assertThat(navLabels()).doesNotContain("Users");
        browser.screenshot("05-instructor-home");

        browser.resize(390, 844);
        browser.waitFor(By.tagName("vaadin-drawer-toggle"));
        browser.screenshot("06-instructor-home-phone");
    }

    private void signIn(String username, String password) {
        browser.type(By.id("vaadinLoginUsername"), username);
        browser.type(By.id("vaadinLoginPassword"), password);
        browser.screenshot("login-" + username);
        browser.waitFor(By.id("vaadinLoginPassword"))
                .findElement(By.cssSelector("input"))
                .sendKeys(Keys.ENTER);
    }

    private List<String> navLabels() {
        browser.waitFor(By.cssSelector("vaadin-side-nav-item"));
        return browser.driver().findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }
}
