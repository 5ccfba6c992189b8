package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A student downloads their data, deletes their account, lands on the sign-in page and cannot sign in again. */
class MyDataIT extends Journey {
    private static final String PASSWORD = "plums ripen in late august";

    @Test
    void a_student_downloads_their_data_then_deletes_the_account_for_good() {
        browser.open("register");
        browser.type(By.id("register-display-name"), "Rowan Ash");
        browser.type(By.id("register-username"), "rowan-data");
        browser.type(By.id("register-password"), PASSWORD);
        browser.type(By.id("register-confirm"), PASSWORD);
        browser.click(By.id("register-submit"));
        browser.waitForUrlEnding("/login");
        browser.signIn("rowan-data", PASSWORD);
        browser.enrol("therapeutic-relationship");

        browser.open("account");
        String href = browser.waitFor(By.id("my-data-download")).getDomAttribute("href");
        assertThat(browser.waitFor(By.id("my-data-download")).getDomAttribute("download"))
                .isNotNull();
        browser.screenshot("40-my-data");
        // Fetched by the page itself, so the request carries the session cookie as a click would.
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        String fetched = (String) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => r.text().then(t => done(r.status + '\\n' + t)))
                    .catch(e => done('failed ' + e));""", href);
        assertThat(fetched).startsWith("200\n");
        JsonNode data = JsonMapper.builder().build().readTree(fetched.substring(4));
        assertThat(data.get("username").asString()).isEqualTo("rowan-data");
        assertThat(data.get("account").get("displayName").asString()).isEqualTo("Rowan Ash");
        assertThat(data.get("enrolments").get(0).get("courseId").asString()).isEqualTo("therapeutic-relationship");
        assertThat(fetched).doesNotContain("passwordHash").doesNotContain("$argon2");

        browser.click(By.id("my-data-delete"));
        browser.type(By.id("my-data-delete-password"), "not my password at all");
        browser.click(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        browser.waitFor(By.cssSelector("#my-data-delete-password[invalid]"));
        browser.screenshot("41-delete-wrong-password");

        browser.type(By.id("my-data-delete-password"), PASSWORD);
        browser.click(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        browser.waitForUrlEnding("/account-deleted");
        assertThat(browser.waitFor(By.id("account-deleted-notice")).getText())
                .contains("Your account has been deleted");
        browser.screenshot("42-account-deleted");

        browser.type(By.id("vaadinLoginUsername"), "rowan-data");
        browser.type(By.id("vaadinLoginPassword"), PASSWORD);
        browser.waitFor(By.id("vaadinLoginPassword"))
                .findElement(By.cssSelector("input"))
                .sendKeys(Keys.ENTER);
        browser.waitForUrlEnding("/login?error");
        browser.waitFor(By.cssSelector("vaadin-login-form[error]"));
        browser.screenshot("43-deleted-cannot-sign-in");
    }
}
