package org.alliance.web.learning;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.learning.LessonProgress.LessonState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Lesson progress over the real database: which lesson to continue with, done marks, and whose rows are whose. */
@AllianceTest
class LessonProgressTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String L1 = "l1-what-makes-therapy-work";
    private static final String L2 = "l2-working-alliance";

    @Autowired
    LessonProgress progress;

    @Autowired
    LessonProgressPersonalData personalData;

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
    void continue_leads_to_the_lesson_opened_last_and_done_stays_with_its_lesson() {
        enrolledStudent("progress-ines");
        assertThat(progress.lastVisited(COURSE)).isEmpty();

        progress.open(COURSE, L2);
        clock.advance(Duration.ofMinutes(1));
        progress.open(COURSE, L1);
        progress.markDone(COURSE, L2, true);

        assertThat(progress.lastVisited(COURSE)).contains(L1);
        assertThat(progress.states(COURSE))
                .containsExactlyInAnyOrder(new LessonState(L1, true, false), new LessonState(L2, true, true));

        clock.advance(Duration.ofMinutes(1));
        progress.open(COURSE, L2);
        assertThat(progress.lastVisited(COURSE))
                .as("opened again, it is the one to continue with")
                .contains(L2);
        assertThat(progress.states(COURSE)).as("opening again keeps it done").contains(new LessonState(L2, true, true));

        progress.markDone(COURSE, L2, false);
        assertThat(progress.states(COURSE))
                .containsExactlyInAnyOrder(new LessonState(L1, true, false), new LessonState(L2, true, false));
    }

    @Test
    void a_student_sees_only_their_own_progress_and_records_none_outside_their_courses() {
        enrolledStudent("progress-jon");
        progress.open(COURSE, L1);
        progress.markDone(COURSE, L1, true);

        enrolledStudent("progress-kay");
        assertThat(progress.states(COURSE)).isEmpty();
        assertThat(progress.lastVisited(COURSE)).isEmpty();

        assertThat(progress.open(COURSE, "no-such-lesson")).isEmpty();
        assertThat(progress.open("here-and-now", "h1-mindfulness-attitudes"))
                .as("not enrolled there")
                .isEmpty();
        progress.markDone("here-and-now", "h1-mindfulness-attitudes", true);
        assertThat(progress.states(COURSE)).isEmpty();
        assertThat(progress.states("here-and-now")).isEmpty();
        assertThat(personalData.export("progress-kay")).isEmpty();
    }

    @Test
    void my_data_lists_each_lesson_i_opened_with_its_times_and_deletion_removes_only_mine() {
        enrolledStudent("progress-lea");
        Instant opened = clock.instant();
        progress.open(COURSE, L2);
        clock.advance(Duration.ofMinutes(3));
        Instant done = clock.instant();
        progress.markDone(COURSE, L2, true);
        progress.open(COURSE, L1);
        enrolledStudent("progress-max");
        progress.open(COURSE, L1);

        var visits = personalData.export("progress-lea");

        assertThat(visits)
                .extracting(LessonProgressPersonalData.Visit::lessonId)
                .containsExactly(L1, L2);
        assertThat(visits).allSatisfy(v -> assertThat(v.courseId()).isEqualTo(COURSE));
        assertThat(visits.get(0).completedAt()).isNull();
        assertThat(visits.get(0).lastVisitedAt()).isCloseTo(done, within(1, ChronoUnit.MILLIS));
        assertThat(visits.get(1).lastVisitedAt()).isCloseTo(opened, within(1, ChronoUnit.MILLIS));
        assertThat(visits.get(1).completedAt()).isCloseTo(done, within(1, ChronoUnit.MILLIS));

        personalData.anonymise("progress-lea", "deleted-PROGRESS01");

        assertThat(personalData.export("progress-lea")).isEmpty();
        assertThat(personalData.export("deleted-PROGRESS01"))
                .as("deleted, not moved")
                .isEmpty();
        assertThat(personalData.export("progress-max"))
                .extracting(LessonProgressPersonalData.Visit::lessonId)
                .containsExactly(L1);
    }
}
