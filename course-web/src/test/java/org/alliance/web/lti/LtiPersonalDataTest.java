package org.alliance.web.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestUsers;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** My data: the LMS identities and the grades queued for an LMS are exported, and deleted with the account. */
@AllianceTest
@AlsoOnPostgres
class LtiPersonalDataTest {
    @Autowired
    LtiPersonalData data;

    @Autowired
    LinkStore links;

    @Autowired
    GradeOutboxStore outbox;

    @Autowired
    LtiPlatforms platforms;

    @Test
    void links_and_queued_grades_are_exported_and_deleted_with_the_account() {
        String me = "lti-me-" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.signIn("admin", "ADMIN", "INSTRUCTOR");
        String lms = "https://lms-" + UUID.randomUUID() + ".example.edu";
        long platform = platforms
                .save(new Platform(
                        null, "Campus Moodle", lms, "c", lms + "/a", lms + "/t", lms + "/k", false, List.of("1")))
                .id();
        SecurityContextHolder.clearContext();
        links.linkUser(platform, "moodle-42", me, Instant.now());
        outbox.enqueue(new GradeOutboxStore.Pending(
                0,
                platform,
                lms + "/li/1",
                "moodle-42",
                me,
                "course-x",
                "quiz-y",
                80.0,
                100,
                "Completed",
                "FullyGraded",
                Instant.now(),
                0,
                Instant.now(),
                null,
                null));

        @SuppressWarnings("unchecked")
        var export = (Map<String, List<Object>>) data.export(me);
        assertThat(export.get("links"))
                .containsExactly((Object) new LtiPersonalData.LinkExport("Campus Moodle", lms, "moodle-42"));
        assertThat(export.get("grades")).hasSize(1);

        data.anonymise(me, "deleted-x");
        @SuppressWarnings("unchecked")
        var after = (Map<String, List<Object>>) data.export(me);
        assertThat(after.get("links")).isEmpty();
        assertThat(after.get("grades")).isEmpty();
        assertThat(links.username(platform, "moodle-42")).isEmpty();
    }
}
