package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.alliance.web.lti.LtiPlatforms;
import org.alliance.web.lti.platform.LaunchSpec;
import org.alliance.web.lti.platform.LaunchSpec.Fault;
import org.alliance.web.lti.platform.TestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Launches the tool must refuse, each by the real protocol (login initiation, the platform's authorisation answer,
 * the form post): a token signed with another key, an expired one, one for another client, one from an unknown
 * deployment, and a replay of an accepted one. Each lands on a page that says why and leaves a security log line;
 * none creates an account.
 */
@ExtendWith(OutputCaptureExtension.class)
class LtiRefusalIT extends Journey {
    private static final Pattern FIELD = Pattern.compile("name=\"(id_token|state)\" value=\"([^\"]+)\"");

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    JdbcClient jdbc;

    TestPlatform lms;
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void registerTheLms() {
        lms = TestPlatform.start("http://localhost:" + port);
        lms.registerIn(platforms, "Refusing LMS");
    }

    @AfterEach
    void closeTheLms() {
        lms.unregisterFrom(platforms);
        lms.close();
    }

    @ParameterizedTest
    @CsvSource({
        "WRONG_KEY, bad-signature",
        "EXPIRED, expired",
        "WRONG_AUDIENCE, wrong-audience",
        "UNKNOWN_DEPLOYMENT, unknown-deployment"
    })
    void a_bad_token_is_refused_with_its_reason_and_a_log_line(Fault fault, String reason, CapturedOutput log)
            throws Exception {
        String sub = "bad-" + UUID.randomUUID();
        lms.nextLaunch(learner(sub).with(fault));
        var form = authorise(sub);
        var launch = post(form);
        assertThat(launch.statusCode()).isEqualTo(303);
        assertThat(launch.headers().firstValue("Location")).hasValue("/lti/refused?reason=" + reason);
        assertThat(log.getOut()).contains("LTI launch refused (" + reason + ")");
        assertThat(accountsFor(sub)).isZero();
    }

    @Test
    void a_replayed_launch_is_refused_and_the_page_says_why(CapturedOutput log) throws Exception {
        String sub = "replay-" + UUID.randomUUID();
        lms.nextLaunch(learner(sub));
        var form = authorise(sub);
        var first = post(form);
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location")).hasValue("/courses/therapeutic-relationship");
        var again = post(form);
        assertThat(again.headers().firstValue("Location")).hasValue("/lti/refused?reason=replayed");
        assertThat(log.getOut()).contains("LTI launch refused (replayed)");
        assertThat(accountsFor(sub)).isEqualTo(1);

        browser.open("lti/refused?reason=replayed");
        assertThat(browser.waitFor(By.id("lti-refused-reason")).getText()).contains("used before");
        browser.screenshot("lti-06-refused-replay");
        assertThat(AxeCheck.blocking(browser.driver(), "lti-refused")).isEmpty();
    }

    @Test
    void a_launch_from_an_unregistered_platform_is_refused() throws Exception {
        try (var stranger = TestPlatform.start("http://localhost:" + port)) {
            var login = http.send(
                    HttpRequest.newBuilder(URI.create(stranger.loginInitiation("x")))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(login.headers().firstValue("Location")).hasValue("/lti/refused?reason=unknown-platform");
        }
    }

    private LaunchSpec learner(String sub) {
        return LaunchSpec.learner(sub, "link-" + sub, Map.of("alliance_course", "therapeutic-relationship"));
    }

    private int accountsFor(String sub) {
        return jdbc.sql("select count(*) from lti_user where sub = ?")
                .param(sub)
                .query(Integer.class)
                .single();
    }

    /** The login initiation and the platform's answer: the id_token and state its form would post. */
    private Map<String, String> authorise(String sub) throws IOException, InterruptedException {
        var login = http.send(
                HttpRequest.newBuilder(URI.create(lms.loginInitiation("hint-" + sub)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        var auth = http.send(
                HttpRequest.newBuilder(URI.create(
                                login.headers().firstValue("Location").orElseThrow()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(auth.statusCode()).as(auth.body()).isEqualTo(200);
        var m = FIELD.matcher(auth.body());
        var fields = new java.util.HashMap<String, String>();
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        assertThat(fields).containsKeys("id_token", "state");
        return fields;
    }

    private HttpResponse<Void> post(Map<String, String> form) throws IOException, InterruptedException {
        String body = "id_token=" + URLEncoder.encode(form.get("id_token"), StandardCharsets.UTF_8) + "&state="
                + URLEncoder.encode(form.get("state"), StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/lti/launch"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
