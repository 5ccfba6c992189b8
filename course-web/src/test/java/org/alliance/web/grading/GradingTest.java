package org.alliance.web.grading;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.vignette.VignetteAttempts;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The whole grading flow through the services, on the bundled course's free-text vignette: the demo instructor
 * co-teaches it, a second instructor is added by the admin, and the admin (who teaches every course) resolves.
 */
@AllianceTest
class GradingTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String VIGNETTE = "v3-reflect-the-feeling";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    Grading grading;

    @Autowired
    Notices notices;

    @Autowired
    ReleasedGrades released;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    CourseStaff staff;

    @Autowired
    AccountService accounts;

    @Autowired
    NoticePersonalData noticeData;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void asInstructor(String username) {
        signIn(username, "INSTRUCTOR");
    }

    private static void asAdmin() {
        signIn("admin", "ADMIN", "INSTRUCTOR");
    }

    /** A student answers the free-text vignette; returns the attempt's public id. */
    private String answer(String student) {
        signIn(student, "STUDENT");
        catalog.enrol(COURSE, null);
        String id = vignettes.start(COURSE, VIGNETTE);
        vignettes.submitText(
                id,
                "You are lucky, and something else is there too?",
                Map.of("d1-empathic-accuracy", 5, "d2-warmth", 5, "d6-timing", 4));
        SecurityContextHolder.clearContext();
        return id;
    }

    /** A second instructor who co-teaches the course (created and assigned by the admin). */
    private String coTeacher() {
        String name = "gr-co-" + NEXT.incrementAndGet();
        asAdmin();
        accounts.createAccount("Co Teacher " + name, name, AccountRole.INSTRUCTOR);
        staff.addInstructor(COURSE, name);
        SecurityContextHolder.clearContext();
        return name;
    }

    private static Map<String, Integer> ratings(int empathy, int warmth, int timing) {
        return Map.of("d1-empathic-accuracy", empathy, "d2-warmth", warmth, "d6-timing", timing);
    }

    @Test
    void a_first_rating_released_alone_sets_the_score_and_tells_the_student() {
        String student = "gr-student-" + NEXT.incrementAndGet();
        String id = answer(student);
        asInstructor("instructor");
        assertThat(grading.sheet(COURSE, id).orElseThrow().status()).isEqualTo(GradingStatus.UNGRADED);

        grading.rate(COURSE, id, ratings(4, 3, 5), false, "Warm and tentative.");
        var sheet = grading.sheet(COURSE, id).orElseThrow();
        assertThat(sheet.status()).isEqualTo(GradingStatus.AWAITING_SECOND_RATER);
        assertThat(sheet.pending()).contains(0.75);
        assertThat(grading.queue(COURSE).orElseThrow().entries()).anySatisfy(e -> {
            assertThat(e.publicId()).isEqualTo(id);
            assertThat(e.status()).isEqualTo(GradingStatus.AWAITING_SECOND_RATER);
        });

        grading.release(COURSE, id, "You caught the flat voice. Check your guess with her.");
        assertThat(grading.sheet(COURSE, id).orElseThrow().status()).isEqualTo(GradingStatus.RELEASED);
        assertThat(grading.sheet(COURSE, id).orElseThrow().audit())
                .extracting(GradingViews.AuditView::action)
                .containsExactly(AuditAction.RATED_FIRST, AuditAction.RELEASED);
        assertThatThrownBy(() -> grading.release(COURSE, id, "")).hasMessage("grading.already-released");

        signIn(student, "STUDENT");
        var debrief = vignettes.debrief(id).orElseThrow();
        assertThat(debrief.score()).contains(0.75);
        assertThat(debrief.awaitingGrade()).isFalse();
        assertThat(notices.unreadCount()).isEqualTo(1);
        var notice = notices.mine().getFirst();
        assertThat(notice.messageKey()).isEqualTo("notice.grade-released");
        assertThat(notice.link()).contains("vignette-attempts/" + id + "/debrief");
        var feedback = released.forMyAnswer(id).orElseThrow();
        assertThat(feedback.comment()).contains("You caught the flat voice. Check your guess with her.");
        assertThat(feedback.dimensions())
                .extracting(ReleasedGrades.Dimension::rating)
                .containsExactly(4.0, 3.0, 5.0);
        assertThat(feedback.dimensions().getFirst().gap()).contains(1.0);
        assertThat(feedback.toString()).doesNotContain("instructor");

        notices.markRead(notice.id());
        assertThat(notices.unreadCount()).isZero();
    }

    @Test
    void two_raters_within_a_point_release_their_mean_and_their_agreement_is_reported() {
        String second = coTeacher();
        String one = answer("gr-student-" + NEXT.incrementAndGet());
        String two = answer("gr-student-" + NEXT.incrementAndGet());
        asInstructor("instructor");
        grading.rate(COURSE, one, ratings(2, 3, 4), false, "");
        grading.rate(COURSE, two, ratings(5, 4, 4), false, "");
        assertThatThrownBy(() -> grading.rate(COURSE, one, Map.of("d1-empathic-accuracy", 9), false, ""))
                .hasMessage("grading.rate-every-dimension");
        asInstructor(second);
        assertThat(grading.sheet(COURSE, one).orElseThrow().myRating()).contains(RatingKind.SECOND);
        grading.rate(COURSE, one, ratings(3, 3, 5), false, "");
        grading.rate(COURSE, two, ratings(5, 5, 4), false, "");

        var sheet = grading.sheet(COURSE, one).orElseThrow();
        assertThat(sheet.status()).isEqualTo(GradingStatus.READY);
        // Means 2.5, 3, 4.5 → (10 / 3 − 1) / 4.
        assertThat(sheet.pending().orElseThrow()).isCloseTo((10.0 / 3 - 1) / 4, Offset.offset(1e-9));
        assertThat(sheet.ratings()).extracting(GradingViews.RatingView::rater).containsExactly("instructor", second);
        assertThat(sheet.agreement().answers()).isGreaterThanOrEqualTo(2);
        assertThat(sheet.agreement().icc21()).isPresent();
        assertThat(sheet.agreement().quadraticKappa()).isPresent();
        assertThat(sheet.agreement().iccByDimension())
                .containsOnlyKeys("d1-empathic-accuracy", "d2-warmth", "d6-timing");

        asInstructor("instructor");
        grading.release(COURSE, one, "");
        assertThat(grading.sheet(COURSE, one)
                        .orElseThrow()
                        .released()
                        .orElseThrow()
                        .ratings())
                .containsEntry("d1-empathic-accuracy", 2.5);
    }

    @Test
    void raters_more_than_a_point_apart_need_a_third_teachers_resolution_before_release() {
        String second = coTeacher();
        String id = answer("gr-student-" + NEXT.incrementAndGet());
        asInstructor("instructor");
        grading.rate(COURSE, id, ratings(1, 3, 3), false, "");
        asInstructor(second);
        grading.rate(COURSE, id, ratings(4, 3, 4), false, "");

        var sheet = grading.sheet(COURSE, id).orElseThrow();
        assertThat(sheet.status()).isEqualTo(GradingStatus.NEEDS_RESOLUTION);
        assertThat(sheet.disputed()).containsExactly("d1-empathic-accuracy");
        assertThat(sheet.pending()).isEmpty();
        assertThatThrownBy(() -> grading.release(COURSE, id, "")).hasMessage("grading.not-releasable");
        assertThat(sheet.myRating()).as("a second rating is final once saved").isEmpty();
        assertThatThrownBy(() -> grading.rate(COURSE, id, ratings(2, 3, 3), false, ""))
                .as("seeing the first rating, the second rater can no longer move towards it")
                .hasMessage("grading.cannot-rate");
        asInstructor("instructor");
        assertThatThrownBy(() -> grading.rate(COURSE, id, Map.of("d1-empathic-accuracy", 3), false, ""))
                .as("neither rater resolves their own dispute")
                .hasMessage("grading.cannot-rate");

        asAdmin();
        var resolving = grading.sheet(COURSE, id).orElseThrow();
        assertThat(resolving.myRating()).contains(RatingKind.RESOLUTION);
        assertThat(resolving.required()).containsExactly("d1-empathic-accuracy");
        grading.rate(COURSE, id, Map.of("d1-empathic-accuracy", 3), false, "Tentative but general.");
        var resolved = grading.sheet(COURSE, id).orElseThrow();
        assertThat(resolved.status()).isEqualTo(GradingStatus.READY);
        // 3 (resolved), 3, 3.5 → (9.5 / 3 − 1) / 4.
        assertThat(resolved.pending().orElseThrow()).isCloseTo((9.5 / 3 - 1) / 4, Offset.offset(1e-9));
        assertThat(resolved.audit())
                .extracting(GradingViews.AuditView::action)
                .containsExactly(AuditAction.RATED_FIRST, AuditAction.RATED_SECOND, AuditAction.RESOLVED);
    }

    @Test
    void only_the_owner_or_an_admin_overrides_a_released_grade_with_a_reason_kept_in_the_audit_log() {
        String student = "gr-student-" + NEXT.incrementAndGet();
        String id = answer(student);
        asInstructor("instructor");
        grading.rate(COURSE, id, ratings(3, 3, 3), false, "");
        asAdmin();
        assertThatThrownBy(() -> grading.override(COURSE, id, ratings(5, 5, 5), false, "", "Too harsh"))
                .hasMessage("grading.not-released");
        asInstructor("instructor");
        grading.release(COURSE, id, "Adequate.");
        assertThatThrownBy(() -> grading.rate(COURSE, id, ratings(5, 5, 5), false, ""))
                .hasMessage("grading.cannot-rate");
        assertThatThrownBy(() -> grading.override(COURSE, id, ratings(5, 4, 5), false, "", "I rated it myself"))
                .as("a co-instructor, here the rater, does not override")
                .hasMessage("grading.owner-only");
        assertThat(grading.sheet(COURSE, id).orElseThrow().powers().override()).isFalse();

        asAdmin();
        assertThat(grading.sheet(COURSE, id).orElseThrow().powers().override()).isTrue();
        assertThatThrownBy(() -> grading.override(COURSE, id, ratings(5, 5, 5), false, "", "  "))
                .hasMessage("grading.reason-required");
        grading.override(COURSE, id, ratings(5, 4, 5), false, "Better than I first read it.", "Re-read with the cue");
        var sheet = grading.sheet(COURSE, id).orElseThrow();
        var last = sheet.audit().getLast();
        assertThat(last.action()).isEqualTo(AuditAction.OVERRIDDEN);
        assertThat(last.actor()).isEqualTo("admin");
        assertThat(last.oldScore()).contains(0.5);
        assertThat(last.newScore().orElseThrow()).isCloseTo((14.0 / 3 - 1) / 4, Offset.offset(1e-9));
        assertThat(last.reason()).contains("Re-read with the cue");

        signIn(student, "STUDENT");
        assertThat(vignettes.debrief(id).orElseThrow().score()).isEqualTo(last.newScore());
        assertThat(notices.mine())
                .extracting(Notices.Notice::messageKey)
                .containsExactly("notice.grade-changed", "notice.grade-released");
        assertThat(released.forMyAnswer(id).orElseThrow().comment()).contains("Better than I first read it.");
    }

    @Test
    void a_safety_concern_from_the_only_rater_caps_the_released_score_at_zero() {
        String id = answer("gr-student-" + NEXT.incrementAndGet());
        asInstructor("instructor");
        grading.rate(COURSE, id, ratings(4, 4, 4), true, "Dismisses what she says.");
        assertThat(grading.sheet(COURSE, id).orElseThrow().pending()).contains(0.0);
    }

    @Test
    void an_instructor_who_does_not_teach_the_course_is_refused() {
        String id = answer("gr-student-" + NEXT.incrementAndGet());
        String outsider = "gr-out-" + NEXT.incrementAndGet();
        asAdmin();
        accounts.createAccount("Outside Teacher", outsider, AccountRole.INSTRUCTOR);
        asInstructor(outsider);
        assertThat(grading.queue(COURSE)).isEmpty();
        assertThat(grading.sheet(COURSE, id)).isEmpty();
        assertThatThrownBy(() -> grading.rate(COURSE, id, ratings(3, 3, 3), false, ""))
                .hasMessage("grading.not-found");
        assertThatThrownBy(() -> grading.release(COURSE, id, "")).hasMessage("grading.not-found");
    }

    @Test
    void a_student_is_refused_and_sees_no_other_students_answer() {
        String id = answer("gr-student-" + NEXT.incrementAndGet());
        asInstructor("instructor");
        grading.rate(COURSE, id, ratings(3, 3, 3), false, "");
        grading.release(COURSE, id, "Seen by its author only.");

        signIn("gr-nosy-" + NEXT.incrementAndGet(), "STUDENT");
        assertThatThrownBy(() -> grading.queue(COURSE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grading.sheet(COURSE, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grading.rate(COURSE, id, ratings(5, 5, 5), false, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(released.forMyAnswer(id)).isEmpty();
        assertThat(notices.mine()).isEmpty();
    }

    @Test
    void a_user_marks_only_their_own_notices_read() {
        String student = "gr-student-" + NEXT.incrementAndGet();
        String id = answer(student);
        asInstructor("instructor");
        grading.rate(COURSE, id, ratings(3, 3, 3), false, "");
        grading.release(COURSE, id, "");
        signIn(student, "STUDENT");
        long notice = notices.mine().getFirst().id();

        signIn("gr-other-" + NEXT.incrementAndGet(), "STUDENT");
        notices.markRead(notice);
        notices.markAllRead();
        signIn(student, "STUDENT");
        assertThat(notices.unreadCount()).isEqualTo(1);
        notices.markAllRead();
        assertThat(notices.mine()).allSatisfy(n -> assertThat(n.read()).isTrue());
        assertThat(List.of(notices.unreadCount())).containsExactly(0);
    }

    @Test
    void a_students_notices_are_in_their_data_and_go_with_their_account() {
        String student = "gr-student-" + NEXT.incrementAndGet();
        String id = answer(student);
        asInstructor("instructor");
        grading.rate(COURSE, id, ratings(3, 4, 3), false, "");
        grading.release(COURSE, id, "");

        assertThat(noticeData.export(student))
                .singleElement()
                .satisfies(n -> assertThat(n.messageKey()).isEqualTo("notice.grade-released"));
        noticeData.anonymise(student, "deleted-NOTICES1");
        assertThat(noticeData.export(student)).isEmpty();
    }
}
