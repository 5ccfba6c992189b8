package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.alliance.web.account.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reading as a student would: a new page opens at its top, a citation leads to its reference on the same
 * page, a lesson ends with its next activity, a glossary definition closes with Escape and fits a phone, and
 * the replies of a rate-each-option vignette are shown whole at phone width.
 */
@BrowserJourney
class ReadingIT {
    private static final String COURSE = "therapeutic-relationship";
    private static final String PASSWORD = "copper kettles by the weir";
    /** The app layout's content area is what scrolls, not the window. */
    private static final String CONTENT =
            "document.querySelector('vaadin-app-layout').shadowRoot" + ".querySelector('[part=content]')";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private void signInEnrolled(int width, int height) {
        String username = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register("Rea Reader", username, PASSWORD);
        browser = new Browser(port, width, height);
        browser.signIn(username, PASSWORD);
        browser.enrol(COURSE);
    }

    @Test
    void a_lesson_opens_at_the_top_cites_in_place_and_ends_with_its_next_activity() {
        signInEnrolled(1280, 900);
        String lesson = "courses/" + COURSE + "/lessons/l3-facilitative-conditions";
        browser.open(lesson);
        WebElement next = browser.waitFor(By.cssSelector("nav.lesson-nav a:last-child"));
        assertThat(scrollTop())
                .as("the link to the next lesson is far down the page")
                .isGreaterThan(500);
        browser.click(next);
        browser.waitForUrlEnding("/lessons/l4-interpersonal-process");
        browser.waitForIdle();
        assertThat(scrollTop()).as("the next lesson opens at its top").isZero();

        WebElement citation = browser.waitFor(By.cssSelector(".prose a[href*='#ref-']"));
        String href = citation.getAttribute("href");
        String refId = href.substring(href.indexOf('#') + 1);
        assertThat(href).contains("/courses/" + COURSE + "/lessons/l4-interpersonal-process#ref-");
        browser.click(citation);
        browser.waitUntil(() -> browser.driver().getCurrentUrl().endsWith("#" + refId));
        browser.waitUntil(() -> inViewport(browser.driver().findElement(By.id(refId))));
        assertThat(browser.driver().getCurrentUrl())
                .as("the citation stays on the lesson")
                .contains("/lessons/l4-interpersonal-process#");

        WebElement activity = browser.waitFor(By.id("next-activity"));
        String target = activity.getAttribute("href");
        assertThat(target).matches(".*/courses/" + COURSE + "/(quizzes|vignettes|reflections)/[a-z0-9-]+");
        browser.click(activity);
        browser.waitUntil(() -> browser.driver().getCurrentUrl().equals(target));
        browser.waitFor(By.tagName("h1"));
        browser.waitForIdle();
        assertThat(scrollTop()).as("the activity opens at its top").isZero();
        browser.screenshot("reading-next-activity");
    }

    @Test
    void a_glossary_definition_closes_with_escape_and_stays_on_a_phone_screen() {
        signInEnrolled(360, 740);
        browser.open("courses/" + COURSE + "/lessons/l1-what-makes-therapy-work");
        List<WebElement> terms = browser.waitUntilPresent(By.cssSelector(".prose .term"));
        WebElement term = terms.getLast();
        WebElement definition = term.findElement(By.xpath("following-sibling::span[@class='term-def']"));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", term);
        browser.waitUntil(definition::isDisplayed);
        browser.screenshot("reading-glossary-360");
        var box = definition.getRect();
        assertThat(box.getX()).as("left edge on screen").isGreaterThanOrEqualTo(0);
        assertThat(box.getX() + box.getWidth()).as("right edge on screen").isLessThanOrEqualTo(360);
        assertThat(box.getY() + box.getHeight()).as("bottom edge on screen").isLessThanOrEqualTo(740);

        term.sendKeys(Keys.ESCAPE);
        browser.waitUntil(() -> !definition.isDisplayed());
        browser.driver().executeScript("arguments[0].blur()", term);
        browser.driver().executeScript("arguments[0].focus()", term);
        browser.waitUntil(definition::isDisplayed);
    }

    @Test
    void rate_each_option_replies_are_shown_whole_at_phone_width() {
        signInEnrolled(360, 740);
        browser.open("courses/" + COURSE + "/vignettes/v3-regard-not-approval");
        browser.click(By.id("vignette-start"));
        List<WebElement> groups = browser.waitUntilPresent(By.cssSelector(".rating-group"));
        browser.waitFor(By.cssSelector(".rating-group"));
        browser.screenshot("reading-rate-options-360");
        for (WebElement group : groups) {
            Object cut = browser.driver().executeScript("""
                    const label = arguments[0].shadowRoot.querySelector('[part=label]');
                    return label.scrollWidth > label.clientWidth + 1
                        || getComputedStyle(label).whiteSpace === 'nowrap';""", group);
            assertThat(cut).as("reply cut off: %s", group.getText()).isEqualTo(false);
        }
    }

    private long scrollTop() {
        return ((Number) browser.driver().executeScript("return " + CONTENT + ".scrollTop")).longValue();
    }

    private boolean inViewport(WebElement element) {
        return Boolean.TRUE.equals(browser.driver()
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;",
                        element));
    }
}
