package org.alliance.web.xapi;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.learning.LessonProgress;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/** The admin's export of a date range, and the statements' place in "My data": exported, then deleted. */
@AllianceTest
@AlsoOnPostgres
class XapiDataTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String LESSON = "l2-working-alliance";

    @Autowired
    LessonProgress lessons;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    XapiStatements statements;

    @Autowired
    XapiPersonalData personalData;

    @Autowired
    XapiStore store;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String lessonDoneBy(String student) {
        signIn(student, "STUDENT");
        catalog.enrol(COURSE, null);
        lessons.open(COURSE, LESSON);
        lessons.markDone(COURSE, LESSON, true);
        return store.ofUser(student).getFirst().id();
    }

    @Test
    void the_admin_exports_the_statements_stored_within_the_dates() {
        String id = lessonDoneBy("xapi-data-export");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        signIn("xapi-data-admin", "ADMIN");
        var json = JsonMapper.builder().build().readTree(statements.export(today, today));
        assertThat(json.isArray()).isTrue();
        assertThat(json.findValuesAsString("id")).contains(id);
        assertThat(statements.export(today.minusDays(3), today.minusDays(1))).doesNotContain(id);
        assertThatThrownBy(() -> statements.export(today, today.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(statements.status().stored()).isPositive();
    }

    @Test
    void my_data_holds_the_actor_id_and_the_statements_and_deletion_removes_both() {
        String id = lessonDoneBy("xapi-data-mine");
        var export = (XapiPersonalData.Export) personalData.export("xapi-data-mine");
        assertThat(export.actorId()).isEqualTo(store.actorId("xapi-data-mine").orElseThrow());
        assertThat(export.statements()).singleElement().satisfies(s -> {
            assertThat(s.path("id").asString()).isEqualTo(id);
            assertThat(s.path("actor").path("account").path("name").asString()).isEqualTo(export.actorId());
        });

        personalData.anonymise("xapi-data-mine", "deleted-user-1");
        assertThat(store.ofUser("xapi-data-mine")).isEmpty();
        assertThat(store.actorId("xapi-data-mine")).isEmpty();
    }
}
