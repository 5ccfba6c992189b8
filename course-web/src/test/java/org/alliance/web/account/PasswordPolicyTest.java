package org.alliance.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.alliance.web.account.PasswordPolicy.Problem;
import org.alliance.web.account.PasswordPolicy.Refusal;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy();

    private java.util.Optional<Problem> check(String password) {
        return policy.check(password, "mira", "Mira Okafor").map(Refusal::problem);
    }

    @Test
    void eleven_characters_are_too_short_and_twelve_can_be_enough() {
        assertThat(check("river-stone")).contains(Problem.TOO_SHORT);
        assertThat(check("otter-quilt-1")).isEmpty();
    }

    @Test
    void length_counts_characters_not_bytes() {
        String twelveAccented = "éàüöñçøåßæœî";
        assertThat(twelveAccented.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(12);
        assertThat(check(twelveAccented)).isEmpty();
        assertThat(check("🌿".repeat(11))).contains(Problem.TOO_SHORT);
    }

    @Test
    void one_hundred_twenty_eight_characters_are_allowed_and_more_are_not() {
        assertThat(check("a-long-phrase about otters ".repeat(10).substring(0, 128)))
                .isEmpty();
        assertThat(check("x".repeat(129))).contains(Problem.TOO_LONG);
    }

    @Test
    void common_repeated_and_patterned_passwords_are_refused_however_long() {
        assertThat(check("passwordpassword")).contains(Problem.WEAK);
        assertThat(check("123456789012")).contains(Problem.WEAK);
        assertThat(check("qwerty123456")).contains(Problem.WEAK);
        assertThat(check("QWERTY123456")).contains(Problem.WEAK);
        assertThat(check("1qaz2wsx3edc")).contains(Problem.WEAK);
        assertThat(check("aaaaaaaaaaaaaaaa")).contains(Problem.WEAK);
    }

    @Test
    void a_password_built_from_the_users_own_name_or_the_apps_name_is_refused() {
        assertThat(policy.check("sandrine-a1sandrine", "sandrine-a1", "Sandrine Moreau")
                        .map(Refusal::problem))
                .contains(Problem.WEAK);
        assertThat(policy.check("mira-okafor!!", "mira-okafor", "Mira Okafor").map(Refusal::problem))
                .contains(Problem.WEAK);
        assertThat(check("Alliance2026!")).as("the app's name counts as known").contains(Problem.WEAK);
        // The same password is fine for someone whose name it does not contain.
        assertThat(policy.check("sandrine-a1sandrine", "tom", "Tom Hale")).isEmpty();
    }

    @Test
    void a_refusal_carries_zxcvbns_hints_as_keys_of_our_translation_file() {
        Refusal refusal =
                policy.check("passwordpassword", "mira", "Mira Okafor").orElseThrow();
        assertThat(refusal.messageKey()).isEqualTo("password.weak");
        assertThat(refusal.feedbackKeys()).isNotEmpty().allMatch(key -> key.startsWith("password.feedback."));
    }

    @Test
    void no_composition_rules_apply() {
        assertThat(check("correct horse battery staple")).isEmpty();
        assertThat(check("tide-pools-at-dawn")).isEmpty();
        assertThat(check("cedar-desk-lamp-marking")).isEmpty();
        assertThat(policy.check("brass-ring-of-keys", "admin", "Ada Admin")).isEmpty();
    }
}
