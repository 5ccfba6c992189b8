package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production jar in the {@code prod} profile (application-prod.properties) on a fresh database, as an
 * operator starts it: no demo account is created, and none of the published demo passwords signs in.
 */
class ProductionProfileIT {
    private static final Map<String, String> DEMO = Map.of(
            "student", "tide-pools-at-dawn",
            "instructor", "cedar-desk-lamp-marking",
            "admin", "brass-ring-of-keys");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void in_the_prod_profile_no_demo_account_exists_and_no_demo_password_signs_in() throws Exception {
        var database = CrashDatabase.h2();
        Path log = Path.of("target", "prod-profile", "app.log");
        try (var app = AppProcess.start(database.environment(), List.of("--spring.profiles.active=prod"), log)) {
            for (var demo : DEMO.entrySet()) {
                var page = http.send(
                        HttpRequest.newBuilder(uri(app, "login")).GET().build(), HttpResponse.BodyHandlers.ofString());
                String session = page.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .map(c -> c.split(";")[0])
                        .findFirst()
                        .orElseThrow();
                var matcher = CSRF_META.matcher(page.body());
                assertThat(matcher.find()).as("CSRF token on the sign-in page").isTrue();
                String form = "username=" + demo.getKey() + "&password="
                        + URLEncoder.encode(demo.getValue(), StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
                var answer = http.send(
                        HttpRequest.newBuilder(uri(app, "login"))
                                .header("Cookie", session)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                assertThat(answer.headers().firstValue("Location"))
                        .as("signing in as the demo %s", demo.getKey())
                        .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
            }
        }
        String output = Files.readString(log);
        assertThat(output).contains("The following 1 profile is active: \"prod\"");
        assertThat(output).doesNotContain("Demo accounts");
        // Each attempt reached the password check and failed there (not refused for some other reason).
        for (String username : DEMO.keySet()) {
            assertThat(output).contains("Sign-in failed: account '" + username + "' from");
        }
    }

    private static URI uri(AppProcess app, String path) {
        return URI.create("http://localhost:" + app.port + "/" + path);
    }
}
