package org.alliance.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.reflection.Reflections;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/** Vignette attempts and reflections are part of "My data", and deletion treats each as it should. */
@AllianceTest
class VignetteAndReflectionDataTest {
    private static final String COURSE = "therapeutic-relationship";

    @Autowired
    PersonalDataService personalData;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    Reflections reflections;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        TestUsers.signIn(username, "STUDENT");
    }

    @Test
    void free_text_and_reflections_are_exported_and_deletion_keeps_only_the_anonymous_score() {
        signIn("anonymous");
        accounts.register("Vera Data", "vera-data", "a long enough password");
        signIn("vera-data");
        catalog.enrol(COURSE, null);
        String attempt = vignettes.start(COURSE, "v3-reflect-the-feeling");
        vignettes.submitText(attempt, "My own careful words.", Map.of("d1-empathic-accuracy", 4));
        reflections.save(COURSE, "r3-feeling-understood", "A private thought.", false);

        var export = JsonMapper.builder().build().readTree(personalData.export());
        assertThat(export.get("vignetteAttempts").toString())
                .contains("v3-reflect-the-feeling", "My own careful words.");
        assertThat(export.get("reflections").toString()).contains("A private thought.");

        personalData.deleteMyAccount("a long enough password");
        assertThat(jdbc.sql("select count(*) from reflection_answer where username = 'vera-data'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from vignette_attempt where public_id = ? and username like 'deleted-%'"
                                + " and free_text is null")
                        .param(attempt)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
