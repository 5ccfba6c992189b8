package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.web.lti.LtiPlatforms;
import org.alliance.web.lti.platform.LaunchSpec;
import org.alliance.web.lti.platform.TestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Iframe mode in real Chromium, over TLS (the app with a test certificate on localhost, the LMS on 127.0.0.1, so
 * another site): a platform registered "open inside the LMS" shows Alliance in its own page, the launch's session
 * cookie is {@code SameSite=None; Secure; Partitioned} and the student plays a vignette to its debrief inside the
 * frame; a platform not registered so cannot frame Alliance at all ({@code frame-ancestors}).
 */
class LtiIframeIT extends Journey {
    static final String COURSE = "therapeutic-relationship";
    static final String VIGNETTE = "v6-diary-withdrawal";

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) {
        registry.add("server.ssl.key-store", () -> "file:" + TestTls.keystore());
        registry.add("server.ssl.key-store-password", () -> TestTls.PASSWORD);
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
    }

    @Autowired
    LtiPlatforms platforms;

    TestPlatform lms;

    @Override
    String scheme() {
        return "https";
    }

    @AfterEach
    void closeTheLms() {
        if (lms != null) {
            lms.unregisterFrom(platforms);
            lms.close();
        }
    }

    @Test
    void a_platform_in_iframe_mode_shows_alliance_inside_its_page_and_the_student_plays_there() {
        openFramed("Framing LMS", true);
        browser.driver().switchTo().frame("alliance");
        browser.click(By.id("vignette-start"));
        reply("Great, let's set it up.", 1);
        browser.driver().switchTo().defaultContent();
        browser.screenshot("lti-10-iframe-vignette");
        browser.driver().switchTo().frame("alliance");
        reply("Can I stop us?", 2);
        reply("That makes sense; I'm glad you told me.", 3);
        reply("Good place to start, and your call.", 4);
        browser.waitUntil(d -> path().endsWith("/debrief"));
        browser.driver().switchTo().defaultContent();
        browser.screenshot("lti-11-iframe-debrief");

        // The session the frame used: the cross-site cookie, kept apart for this LMS's site.
        var session = cookies().stream()
                .filter(c -> "JSESSIONID".equals(c.get("name")) && "localhost".equals(c.get("domain")))
                .filter(c -> c.get("partitionKey") != null)
                .findFirst();
        assertThat(session).as("a partitioned session cookie for the frame").isPresent();
        assertThat(session.get())
                .containsEntry("sameSite", "None")
                .containsEntry("secure", true)
                .containsEntry("httpOnly", true);
        assertThat(String.valueOf(session.get().get("partitionKey"))).contains("127.0.0.1");
    }

    @Test
    void a_platform_not_in_iframe_mode_cannot_frame_alliance() {
        openFramed("Window LMS", false);
        browser.waitUntil(d -> browser.cspViolations().stream().anyMatch(m -> m.contains("frame-ancestors")));
        browser.driver().switchTo().frame("alliance");
        assertThat(browser.driver().findElements(By.id("vignette-start"))).isEmpty();
        browser.driver().switchTo().defaultContent();
    }

    /** Registers a new LMS ({@code iframe} mode or not) and opens its page that frames a student's launch. */
    private void openFramed(String name, boolean iframe) {
        lms = TestPlatform.start("https://localhost:" + port);
        lms.registerIn(platforms, name, iframe);
        String sub = "framed-" + UUID.randomUUID();
        lms.nextLaunch(LaunchSpec.learner(
                sub, "link-" + UUID.randomUUID(), Map.of("alliance_course", COURSE, "alliance_activity", VIGNETTE)));
        browser.driver().get(lms.framedUrl("hint-" + sub));
    }

    private String path() {
        return String.valueOf(browser.driver().executeScript("return location.pathname;"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> cookies() {
        var answer = browser.driver().executeCdpCommand("Storage.getCookies", Map.of());
        return (List<Map<String, Object>>) answer.get("cookies");
    }

    private void reply(String text, int turn) {
        WebElement replies = browser.waitFor(By.id("vignette-replies"));
        browser.click(replies.findElement(
                By.xpath(".//vaadin-radio-button[starts-with(normalize-space(.), \"" + text + "\")]")));
        browser.click(By.id("vignette-respond"));
        browser.waitUntil(d -> path().endsWith("/debrief")
                || d.findElements(By.cssSelector(".transcript > li")).size() == turn);
    }
}
