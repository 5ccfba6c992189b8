package org.alliance.web.grading;

import static org.alliance.web.TestUsers.signIn;
import static org.alliance.web.grading.OwnedCourse.DIMENSION;
import static org.alliance.web.grading.OwnedCourse.rating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.alliance.core.agreement.AgreementReport;
import org.alliance.core.agreement.RaterRatings;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.editor.Drafts;
import org.alliance.web.grading.GradingViews.AuditView;
import org.alliance.web.grading.GradingViews.RatingView;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A second rating is independent of the first: the service builds each grader's sheet without what they may
 * not see yet, a rating is final once its rater has seen the other, and agreement reads first-filed ratings.
 * Each test grades a course of its own (see {@link OwnedCourse}), so its figures are its own.
 */
@AllianceTest
class BlindRatingTest {
    @Autowired
    Grading grading;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseStaff staff;

    @Autowired
    Drafts drafts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    VignetteAttempts vignettes;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private OwnedCourse course() {
        return OwnedCourse.create("blind", accounts, staff, drafts, catalog, vignettes);
    }

    @Test
    void a_second_raters_sheet_holds_no_other_rating_comment_or_pending_score_until_they_have_rated() {
        var course = course();
        String id = course.answer(course.id + "-student", "You sound unsure whether coming here helps.");
        String comment = "First impression " + course.id + ": tentative, misses the doubt about us.";
        signIn(course.owner, "INSTRUCTOR");
        grading.rate(course.id, id, rating(2), true, comment);

        signIn(course.coInstructor, "INSTRUCTOR");
        var blind = grading.sheet(course.id, id).orElseThrow();
        assertThat(blind.blind()).isTrue();
        assertThat(blind.myRating()).contains(RatingKind.SECOND);
        assertThat(blind.ratings()).isEmpty();
        assertThat(blind.current()).isEmpty();
        assertThat(blind.pending()).isEmpty();
        assertThat(blind.audit()).isEmpty();
        assertThat(blind.agreement().answers()).isZero();
        assertThat(blind.powers().release()).isFalse();
        assertThat(blind.toString())
                .as("nothing of the first rating anywhere in the sheet")
                .doesNotContain(comment)
                .doesNotContain(course.owner);
        assertThatThrownBy(() -> grading.release(course.id, id, ""))
                .as("releasing would show the score")
                .hasMessage("grading.rate-before-release");

        grading.rate(course.id, id, rating(3), true, "Second look: names the doubt.");
        var filed = grading.sheet(course.id, id).orElseThrow();
        assertThat(filed.blind()).isFalse();
        assertThat(filed.ratings()).extracting(RatingView::rater).containsExactly(course.owner, course.coInstructor);
        assertThat(filed.ratings()).extracting(RatingView::comment).contains(comment);
        assertThat(filed.pending()).isPresent();
        assertThat(filed.audit())
                .extracting(AuditView::action)
                .containsExactly(AuditAction.RATED_FIRST, AuditAction.RATED_SECOND);
        assertThat(filed.powers().release()).isTrue();
    }

    @Test
    void a_resolution_rater_rates_blind_too_while_the_two_raters_see_each_other() {
        var course = course();
        String id = course.answer(course.id + "-student", "Let's talk about something else.");
        signIn(course.owner, "INSTRUCTOR");
        grading.rate(course.id, id, rating(1), false, "Owner's note " + course.id);
        signIn(course.coInstructor, "INSTRUCTOR");
        grading.rate(course.id, id, rating(4), false, "Co-instructor's note " + course.id);
        assertThat(grading.sheet(course.id, id).orElseThrow().ratings()).hasSize(2);

        OwnedCourse.asAdmin();
        var resolving = grading.sheet(course.id, id).orElseThrow();
        assertThat(resolving.status()).isEqualTo(GradingStatus.NEEDS_RESOLUTION);
        assertThat(resolving.blind()).isTrue();
        assertThat(resolving.myRating()).contains(RatingKind.RESOLUTION);
        assertThat(resolving.required()).containsExactly(DIMENSION);
        assertThat(resolving.ratings()).isEmpty();
        assertThat(resolving.audit()).isEmpty();
        assertThat(resolving.toString())
                .doesNotContain("note " + course.id)
                .doesNotContain(course.owner)
                .doesNotContain(course.coInstructor);

        grading.rate(course.id, id, rating(3), false, "");
        var resolved = grading.sheet(course.id, id).orElseThrow();
        assertThat(resolved.blind()).isFalse();
        assertThat(resolved.ratings()).hasSize(3);
        assertThat(resolved.myRating()).as("a resolution is final once saved").isEmpty();
        assertThatThrownBy(() -> grading.rate(course.id, id, rating(4), false, ""))
                .hasMessage("grading.cannot-rate");
    }

    @Test
    void the_first_rater_revises_until_the_second_has_rated_and_every_version_is_kept() {
        var course = course();
        String id = course.answer(course.id + "-student", "What was that like for you?");
        signIn(course.owner, "INSTRUCTOR");
        grading.rate(course.id, id, rating(1), false, "Too quick.");
        grading.rate(course.id, id, rating(2), false, "Re-read: a little better.");
        grading.rate(course.id, id, rating(4), false, "Re-read again with the cue.");

        var mine = grading.sheet(course.id, id).orElseThrow();
        assertThat(mine.current().orElseThrow().ratings()).containsEntry(DIMENSION, 4);
        assertThat(mine.ratings()).singleElement().satisfies(r -> {
            assertThat(r.ratings()).containsEntry(DIMENSION, 4);
            assertThat(r.earlier()).extracting(v -> v.ratings().get(DIMENSION)).containsExactly(1, 2);
            assertThat(r.earlier())
                    .extracting(GradingViews.RevisionView::comment)
                    .containsExactly("Too quick.", "Re-read: a little better.");
        });
        assertThat(mine.audit())
                .extracting(AuditView::action)
                .containsExactly(AuditAction.RATED_FIRST, AuditAction.REVISED, AuditAction.REVISED);
        assertThat(mine.audit()).extracting(a -> a.newScore().orElseThrow()).containsExactly(0.0, 0.25, 0.75);

        signIn(course.coInstructor, "INSTRUCTOR");
        grading.rate(course.id, id, rating(4), false, "");
        assertThatThrownBy(() -> grading.rate(course.id, id, rating(5), false, ""))
                .as("the second rating is final")
                .hasMessage("grading.cannot-rate");
        signIn(course.owner, "INSTRUCTOR");
        assertThat(grading.sheet(course.id, id).orElseThrow().myRating()).isEmpty();
        assertThatThrownBy(() -> grading.rate(course.id, id, rating(5), false, ""))
                .as("once the second rater has filed, the first rating is final too")
                .hasMessage("grading.cannot-rate");
    }

    @Test
    void agreement_counts_each_raters_first_filed_rating_never_a_revision() {
        var course = course();
        String one = course.answer(course.id + "-one", "You seem far away today.");
        String two = course.answer(course.id + "-two", "Let's get back to the plan.");
        String three = course.answer(course.id + "-three", "I notice you went quiet when I said that.");
        signIn(course.owner, "INSTRUCTOR");
        grading.rate(course.id, one, rating(1), false, "");
        grading.rate(course.id, one, rating(5), false, "Misread it at first.");
        grading.rate(course.id, two, rating(2), false, "");
        grading.rate(course.id, three, rating(5), false, "");
        signIn(course.coInstructor, "INSTRUCTOR");
        grading.rate(course.id, one, rating(5), false, "");
        grading.rate(course.id, two, rating(2), false, "");
        grading.rate(course.id, three, rating(4), false, "");

        var agreement = grading.sheet(course.id, one).orElseThrow().agreement();
        var firstFiled = report(List.of(new int[] {1, 5}, new int[] {2, 2}, new int[] {5, 4}));
        var revised = report(List.of(new int[] {5, 5}, new int[] {2, 2}, new int[] {5, 4}));
        assertThat(agreement.answers()).isEqualTo(3);
        assertThat(agreement.icc21()).isEqualTo(firstFiled.icc21());
        assertThat(agreement.quadraticKappa()).isEqualTo(firstFiled.quadraticKappa());
        assertThat(agreement.icc21())
                .as("the revision would have flattered the raters")
                .isNotEqualTo(revised.icc21());
        assertThat(agreement.icc21().getAsDouble()).isLessThan(revised.icc21().getAsDouble());
        assertThat(grading.sheet(course.id, one).orElseThrow().status())
                .as("the outcome uses the revised rating")
                .isEqualTo(GradingStatus.READY);
    }

    private static AgreementReport report(List<int[]> pairs) {
        return AgreementReport.of(
                List.of(DIMENSION),
                1,
                5,
                pairs.stream()
                        .map(p -> new AgreementReport.Pair(
                                new RaterRatings("a", Map.of(DIMENSION, p[0])),
                                new RaterRatings("b", Map.of(DIMENSION, p[1]))))
                        .toList());
    }
}
