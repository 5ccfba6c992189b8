package org.alliance.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void eleven_characters_are_too_short_and_twelve_are_enough() {
        assertThat(policy.check("river-stone")).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(policy.check("river-stones")).isEmpty();
    }

    @Test
    void length_counts_characters_not_bytes() {
        String twelveAccented = "éàüöñçøåßæœî";
        assertThat(twelveAccented.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(12);
        assertThat(policy.check(twelveAccented)).isEmpty();
        String elevenEmoji = "🌿".repeat(11);
        assertThat(policy.check(elevenEmoji)).contains(PasswordPolicy.Problem.TOO_SHORT);
    }

    @Test
    void one_hundred_twenty_eight_characters_are_allowed_and_more_are_not() {
        assertThat(policy.check("a-long-phrase ".repeat(10).substring(0, 128))).isEmpty();
        assertThat(policy.check("x".repeat(129))).contains(PasswordPolicy.Problem.TOO_LONG);
    }

    @Test
    void a_password_from_the_common_list_is_refused_whatever_its_case() {
        assertThat(policy.check("qwerty123456")).contains(PasswordPolicy.Problem.COMMON);
        assertThat(policy.check("QWERTY123456")).contains(PasswordPolicy.Problem.COMMON);
        assertThat(policy.check("1qaz2wsx3edc")).contains(PasswordPolicy.Problem.COMMON);
    }

    @Test
    void no_composition_rules_apply() {
        assertThat(policy.check("correct horse battery staple")).isEmpty();
        assertThat(policy.check("alllowercaseletters")).isEmpty();
    }
}
