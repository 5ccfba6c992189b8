package org.alliance.web.reflection;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reflection answers over the real database: saved and saved again, counted when not blank, each student's own. */
@AllianceTest
class ReflectionsTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String R1 = "r1-what-helps";
    private static final String R2 = "r2-alliances-you-know";

    @Autowired
    Reflections reflections;

    @Autowired
    ReflectionPersonalData personalData;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Registers the student, enrols them in the bundled course and leaves them signed in. */
    private void enrolledStudent(String username) {
        signIn("anonymous-registrar");
        accounts.register(username, username, "a long enough password");
        signIn(username, "STUDENT");
        catalog.enrol(COURSE, null);
    }

    @Test
    void saving_again_replaces_the_answer_and_a_blank_answer_counts_as_none() {
        enrolledStudent("reflect-ada");
        assertThat(reflections.page(COURSE, R1).orElseThrow().savedAt()).isEmpty();

        reflections.save(COURSE, R1, "First thoughts.", false);
        clock.advance(Duration.ofMinutes(2));
        var second = reflections.save(COURSE, R1, "Second thoughts.", true);
        reflections.save(COURSE, R2, "", false);

        var page = reflections.page(COURSE, R1).orElseThrow();
        assertThat(page.answer()).isEqualTo("Second thoughts.");
        assertThat(page.shared()).isTrue();
        assertThat(page.savedAt().orElseThrow()).isCloseTo(second, within(1, ChronoUnit.MILLIS));
        assertThat(reflections.statuses(COURSE)).containsOnlyKeys(R1);
        assertThat(reflections.statuses(COURSE).get(R1)).isEqualTo(new ActivityStatus.Done());
        assertThat(personalData.export("reflect-ada"))
                .extracting(ReflectionPersonalData.Answer::reflectionId, ReflectionPersonalData.Answer::answer)
                .containsExactly(tuple(R1, "Second thoughts."), tuple(R2, ""));
    }

    @Test
    void a_student_sees_only_their_own_answers_and_deletion_removes_only_theirs() {
        enrolledStudent("reflect-bo");
        reflections.save(COURSE, R1, "Bo's own words.", true);
        enrolledStudent("reflect-cy");

        assertThat(reflections.page(COURSE, R1).orElseThrow().answer()).isEmpty();
        assertThat(reflections.statuses(COURSE)).isEmpty();
        assertThatThrownBy(() -> reflections.save("here-and-now", "h-anything", "text", false))
                .isInstanceOf(IllegalArgumentException.class);
        reflections.save(COURSE, R1, "Cy's words.", false);

        personalData.anonymise("reflect-bo", "deleted-REFLECT001");

        assertThat(personalData.export("reflect-bo")).isEmpty();
        assertThat(personalData.export("deleted-REFLECT001"))
                .as("deleted, not moved")
                .isEmpty();
        assertThat(personalData.export("reflect-cy"))
                .extracting(ReflectionPersonalData.Answer::answer)
                .containsExactly("Cy's words.");
    }
}
