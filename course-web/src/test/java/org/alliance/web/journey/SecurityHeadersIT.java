package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The security headers over real HTTP on every kind of response (sign-in page, redirect, static file, unknown
 * address, refused body, signed-in page), the session cookie's attributes with and without TLS at the proxy,
 * and, in Chromium, that the Content-Security-Policy is in force (the journeys check it blocks nothing).
 */
class SecurityHeadersIT extends Journey {
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void every_kind_of_response_carries_the_security_headers() throws Exception {
        for (String path : List.of("login", "", "styles.css", "no-such-page", "register")) {
            var response = get(path, false);
            assertThat(response.statusCode()).as(path).isLessThan(500);
            assertHardened(path, response);
        }
        var refused = http.send(
                HttpRequest.newBuilder(uri(""))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[5 * 1024 * 1024]))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(refused.statusCode()).isEqualTo(413);
        assertHardened("refused POST", refused);
    }

    @Test
    void pages_are_never_cached_but_static_files_may_be() throws Exception {
        assertThat(get("login", false).headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(get("", false).headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(get("styles.css", false).headers().allValues("Cache-Control"))
                .doesNotContain("no-store");
    }

    @Test
    void the_session_cookie_is_lax_http_only_and_secure_with_hsts_only_behind_tls() throws Exception {
        var plain = get("login", false);
        String cookie = sessionCookie(plain);
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        // As the TLS-terminating proxy on this machine would forward it.
        var tls = get("login", true);
        assertThat(sessionCookie(tls))
                .contains("SameSite=Lax")
                .contains("HttpOnly")
                .contains("Secure");
        assertThat(tls.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000; includeSubDomains");
    }

    @Test
    void a_signed_in_page_is_not_cached_and_the_browser_enforces_the_policy() {
        browser.signIn("student", "tide-pools-at-dawn");
        browser.waitFor(By.tagName("h1"));
        Object cacheControl =
                browser.driver.executeScript("return fetch(location.href).then(r => r.headers.get('Cache-Control'))");
        assertThat(cacheControl).isEqualTo("no-store");

        // An image from another origin is what the policy forbids: the browser refuses it and says so.
        browser.driver.executeScript("const img = document.createElement('img');"
                + "img.src = 'https://elsewhere.invalid/pixel.png'; document.body.appendChild(img);");
        browser.waitUntil(() -> !browser.cspViolations().isEmpty());
    }

    private static void assertHardened(String what, HttpResponse<?> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .as(what)
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'")
                        .contains("frame-ancestors 'none'")
                        .contains("object-src 'none'")
                        .doesNotContain("*"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
    }

    private HttpResponse<String> get(String path, boolean behindTls) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (behindTls) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie set"));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }
}
