package org.alliance.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Registered LMSs widen the policy only where they must: form targets, and frame ancestors in iframe mode. */
class SecurityHeadersPolicyTest {
    private final SecurityHeaders headers = new SecurityHeaders(new PlatformOrigins() {
        @Override
        public List<String> formTargets() {
            return List.of();
        }

        @Override
        public List<String> frameAncestors() {
            return List.of();
        }
    });

    @Test
    void without_platforms_the_policy_is_the_strict_one() {
        assertThat(headers.policy(List.of(), List.of())).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    @Test
    void platforms_become_form_targets_and_iframe_ones_frame_ancestors() {
        String policy = headers.policy(List.of("https://a.edu", "https://b.edu"), List.of("https://b.edu"));
        assertThat(policy)
                .contains("form-action 'self' https://a.edu https://b.edu")
                .contains("frame-ancestors https://b.edu")
                .doesNotContain("frame-ancestors 'none'")
                .contains("default-src 'self'");
    }
}
