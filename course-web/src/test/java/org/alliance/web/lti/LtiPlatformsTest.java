package org.alliance.web.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestUsers;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** What an admin may register: every field filled, https addresses, a deployment, no issuer and client twice. */
@AllianceTest
@AlsoOnPostgres
class LtiPlatformsTest {
    @Autowired
    LtiPlatforms platforms;

    @Autowired
    LtiOrigins origins;

    String lms;

    @BeforeEach
    void asAdmin() {
        TestUsers.signIn("admin", "ADMIN", "INSTRUCTOR");
        lms = "https://lms-" + UUID.randomUUID() + ".example.edu";
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_platform_is_stored_trimmed_with_its_deployments_and_its_origin_becomes_a_form_target() {
        var saved = platforms.save(platform(" Moodle ", lms, List.of(" 1 ", "", "2", "1"), "https"));
        assertThat(saved.id()).isNotNull();
        assertThat(saved.name()).isEqualTo("Moodle");
        assertThat(saved.deploymentIds()).containsExactly("1", "2");
        assertThat(platforms.list()).contains(saved);
        assertThat(origins.formTargets()).contains(lms);
        assertThat(origins.frameAncestors()).doesNotContain(lms);

        var framed = platforms.save(new Platform(
                saved.id(), "Moodle", lms, "client", lms + "/auth", lms + "/token", lms + "/jwks", true, List.of("1")));
        assertThat(framed.iframe()).isTrue();
        assertThat(origins.frameAncestors()).contains(lms);

        platforms.delete(saved.id());
        assertThat(platforms.list()).doesNotContain(framed);
        assertThat(origins.formTargets()).doesNotContain(lms);
    }

    @Test
    void each_wrong_field_is_refused_with_its_own_message() {
        assertThatThrownBy(() -> platforms.save(platform(" ", lms, List.of("1"), "https")))
                .hasMessage("lti.platform.error.name");
        assertThatThrownBy(() -> platforms.save(platform("M", " ", List.of("1"), "https")))
                .hasMessage("lti.platform.error.identity");
        assertThatThrownBy(() -> platforms.save(platform("M", lms, List.of("1"), "http")))
                .as("plain http across a network")
                .hasMessage("lti.platform.error.url");
        assertThatThrownBy(() -> platforms.save(platform("M", lms, List.of(" "), "https")))
                .hasMessage("lti.platform.error.deployment");
        platforms.save(platform("M", lms, List.of("1"), "https"));
        assertThatThrownBy(() -> platforms.save(platform("M again", lms, List.of("1"), "https")))
                .hasMessage("lti.platform.error.duplicate");
    }

    @Test
    void http_is_allowed_on_this_machine_only() {
        var local = "http://127.0.0.1:" + (10000 + (int) (Math.random() * 50000));
        assertThat(platforms
                        .save(platform("Local", local, List.of("1"), "http"))
                        .authUrl())
                .startsWith("http://127.0.0.1");
    }

    private static Platform platform(String name, String issuer, List<String> deployments, String scheme) {
        String host = issuer.isBlank() ? "https://x.example" : issuer;
        String base = host.replaceFirst("^https?", scheme);
        return new Platform(
                null, name, issuer, "client", base + "/auth", base + "/token", base + "/jwks", false, deployments);
    }
}
