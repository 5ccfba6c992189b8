package org.alliance.web.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Key rotation: a new key is published a grace period before it signs, the old one stays published for as long
 * after, then goes; the published set never holds a private part.
 */
@AllianceTest
@AlsoOnPostgres
class ToolKeysTest {
    @Autowired
    ToolKeys keys;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noKeysYet() {
        jdbc.sql("delete from lti_tool_key").update();
    }

    @Test
    void a_new_key_is_published_a_day_before_it_signs_and_the_old_one_a_day_after() {
        String first = keys.signingKey().getKeyID();
        assertThat(kids()).containsExactly(first);
        assertThat(keys.rotate(false)).isEqualTo("nothing due");

        clock.advance(Duration.ofDays(91));
        String published = keys.rotate(false);
        assertThat(published).startsWith("published key ");
        String second = published.substring("published key ".length());
        assertThat(kids()).containsExactlyInAnyOrder(first, second);
        assertThat(keys.signingKey().getKeyID())
                .as("the new key does not sign yet")
                .isEqualTo(first);
        assertThat(keys.rotate(false)).startsWith("waiting for platforms");

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(keys.rotate(false)).isEqualTo("key " + second + " signs now");
        assertThat(keys.signingKey().getKeyID()).isEqualTo(second);
        assertThat(kids()).as("the old key stays published").containsExactlyInAnyOrder(first, second);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        keys.rotate(false);
        assertThat(kids()).containsExactly(second);
    }

    @Test
    void the_published_set_holds_public_keys_only() {
        keys.signingKey();
        keys.rotate(true);
        @SuppressWarnings("unchecked")
        var published = (List<Map<String, Object>>) keys.publicSet().get("keys");
        assertThat(published).hasSize(2).allSatisfy(k -> {
            assertThat(k)
                    .containsEntry("kty", "RSA")
                    .containsEntry("alg", "RS256")
                    .containsEntry("use", "sig");
            assertThat(k).containsKeys("n", "e", "kid").doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
        });
    }

    private List<String> kids() {
        @SuppressWarnings("unchecked")
        var published = (List<Map<String, Object>>) keys.publicSet().get("keys");
        return published.stream().map(k -> (String) k.get("kid")).toList();
    }
}
