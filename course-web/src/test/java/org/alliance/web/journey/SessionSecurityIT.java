package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.security.SecurityLogCapture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Sessions and CSRF over real HTTP against the running app: the sign-in and sign-out forms refuse a POST without
 * the session's CSRF token; signing in gives a new session id and leaves the old one signed out; signing out in
 * the browser leaves the old session cookie reaching no signed-in page; and a Vaadin request carrying a wrong
 * per-UI CSRF token is refused and changes nothing.
 */
class SessionSecurityIT extends Journey {
    private static final String PASSWORD = "moths around the porch light";
    private static final String COURSE = "therapeutic-relationship";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    @Test
    void a_sign_in_post_without_or_with_a_wrong_csrf_token_is_refused_and_signs_nobody_in() throws Exception {
        String username = fresh("nocsrf");
        var loginPage = get("login", null);
        String session = sessionCookie(loginPage).orElseThrow();
        assertThat(csrfToken(loginPage))
                .as("the sign-in page carries the token")
                .isNotBlank();

        try (var log = new SecurityLogCapture()) {
            var without = post("login", session, Map.of("username", username, "password", PASSWORD));
            assertRefused(without);
            var wrong = post("login", session, Map.of("username", username, "password", PASSWORD, "_csrf", "forged"));
            assertRefused(wrong);
            assertThat(log.linesWith(username))
                    .as("refused before the password was looked at: no sign-in, not even a failed one")
                    .isEmpty();
        }
        assertSignedOut(session);

        // The same form with the page's token signs in: the refusals above were the token's doing.
        var with = signIn(username, session, csrfToken(loginPage));
        assertThat(with.statusCode()).isEqualTo(302);
        assertThat(with.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void signing_in_gives_a_new_session_id_and_the_old_id_stays_signed_out() throws Exception {
        String username = fresh("fixation");
        var loginPage = get("login", null);
        String before = sessionCookie(loginPage).orElseThrow();

        var signedIn = signIn(username, before, csrfToken(loginPage));
        String after = sessionCookie(signedIn).orElseThrow(() -> new AssertionError("no new session id at sign-in"));

        assertThat(after).isNotEqualTo(before);
        assertThat(get("", after).statusCode()).as("the new id is signed in").isEqualTo(200);
        assertSignedOut(before);
    }

    @Test
    void a_sign_out_post_needs_the_csrf_token_and_then_ends_the_session() throws Exception {
        String username = fresh("logout");
        var loginPage = get("login", null);
        String session = sessionCookie(signIn(username, sessionCookie(loginPage).orElseThrow(), csrfToken(loginPage)))
                .orElseThrow();
        var home = get("", session);
        assertThat(home.statusCode()).isEqualTo(200);

        assertRefused(post("logout", session, Map.of()));
        assertThat(get("", session).statusCode())
                .as("still signed in after the refused sign-out")
                .isEqualTo(200);

        var out = post("logout", session, Map.of("_csrf", csrfToken(home)));
        assertThat(out.statusCode()).isEqualTo(302);
        assertSignedOut(session);
    }

    @Test
    void after_signing_out_in_the_browser_the_old_session_cookie_reaches_no_signed_in_page() throws Exception {
        String username = fresh("browser-out");
        browser.signIn(username, PASSWORD);
        String session = "JSESSIONID="
                + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(get("", session).statusCode())
                .as("the browser's cookie is signed in")
                .isEqualTo(200);
        assertThat(get("account", session).statusCode()).isEqualTo(200);

        browser.signOut();

        assertSignedOut(session);
        var account = get("account", session);
        assertThat(account.statusCode()).isEqualTo(302);
        assertThat(account.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void a_vaadin_request_with_a_wrong_csrf_token_is_refused_and_changes_nothing() {
        String username = fresh("uidl");
        browser.signIn(username, PASSWORD);
        browser.open("courses");
        var card = browser.waitFor(By.id("course-" + COURSE));
        browser.waitForIdle();
        // Every Vaadin request from now on carries a wrong per-UI token; the server's answers are kept in the
        // tab's session storage, which outlives the reload that the client does after such an answer.
        browser.driver().executeScript("""
                sessionStorage.setItem('forged', '[]');
                const open = XMLHttpRequest.prototype.open;
                const send = XMLHttpRequest.prototype.send;
                XMLHttpRequest.prototype.open = function (method, url) {
                  this.__url = String(url);
                  return open.apply(this, arguments);
                };
                XMLHttpRequest.prototype.send = function (body) {
                  if (this.__url.includes('v-r=uidl') && typeof body === 'string') {
                    const message = JSON.parse(body);
                    message.csrfToken = 'forged-' + message.csrfToken;
                    body = JSON.stringify(message);
                    this.addEventListener('readystatechange', () => {
                      if (this.readyState !== 4) return;
                      const answers = JSON.parse(sessionStorage.getItem('forged') || '[]');
                      answers.push(this.status + ' ' + this.responseText);
                      sessionStorage.setItem('forged', JSON.stringify(answers));
                    });
                  }
                  return send.call(this, body);
                };
                """);

        browser.click(card.findElement(By.tagName("vaadin-button")));

        browser.waitUntil(() -> !"[]".equals(forgedAnswers()));
        String answer = forgedAnswers();
        assertThat(answer).as(answer).contains("200 ").contains("appError").doesNotContain("continue-link");
        browser.waitForIdle();
        assertThat(enrolled(username)).as("the forged click enrolled nobody").isFalse();

        // Control: the same click with the real token (a fresh page) does enrol.
        browser.enrol(COURSE);
        assertThat(enrolled(username)).isTrue();
    }

    private String forgedAnswers() {
        return String.valueOf(browser.driver().executeScript("return sessionStorage.getItem('forged') || '[]'"));
    }

    private boolean enrolled(String username) {
        TestUsers.signIn(username, "STUDENT");
        try {
            return catalog.enrolledCourse(COURSE).isPresent();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String fresh(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register("Session Tester", username, PASSWORD);
        return username;
    }

    /**
     * Spring Security's CSRF refusal: 403, or (Vaadin's handler, for a page address) back to a fresh sign-in page;
     * never a sign-in, which would go elsewhere and give a new session.
     */
    private static void assertRefused(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        assertThat(response.statusCode() == 403 || (response.statusCode() == 302 && location.endsWith("/login")))
                .as("refused: %d %s", response.statusCode(), location)
                .isTrue();
        assertThat(sessionCookie(response)).as("no new session").isEmpty();
    }

    private void assertSignedOut(String session) throws Exception {
        var home = get("", session);
        assertThat(home.statusCode())
                .as("%s reaches no signed-in page", session)
                .isEqualTo(302);
        assertThat(home.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private HttpResponse<String> signIn(String username, String session, String token) throws Exception {
        return post("login", session, Map.of("username", username, "password", PASSWORD, "_csrf", token));
    }

    private static String csrfToken(HttpResponse<String> page) {
        var matcher = CSRF_META.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the page: " + page.body());
        }
        return matcher.group(1);
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
    }

    private HttpResponse<String> get(String path, @Nullable String session) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (session != null) {
            request.header("Cookie", session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String session, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = new LinkedHashMap<>(form)
                .entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(uri(path))
                .header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }
}
