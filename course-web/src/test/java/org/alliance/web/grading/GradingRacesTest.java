package org.alliance.web.grading;

import static org.alliance.web.grading.OwnedCourse.rating;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.alliance.web.AllianceTest;
import org.alliance.web.Race;
import org.alliance.web.Race.Runner;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.editor.Drafts;
import org.alliance.web.grading.GradingViews.RatingView;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two instructors rating one answer at the same moment: neither rating is lost. Both rated without seeing the
 * other, so the one that reaches the database second is filed as the blind second rating. Run for many answers,
 * since one race may happen not to overlap.
 */
@AllianceTest
@AlsoOnPostgres
class GradingRacesTest {
    private static final int ROUNDS = 15;

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

    @Test
    void two_instructors_rating_at_once_file_a_first_and_a_second_rating_each_as_they_gave_it() {
        var course = OwnedCourse.create("race", accounts, staff, drafts, catalog, vignettes);
        for (int round = 0; round < ROUNDS; round++) {
            String id = course.answer(course.id + "-student-" + round, "You wonder whether this is worth it.");
            var outcomes = Race.<Object>run(
                    new Runner<>(course.owner, "INSTRUCTOR", () -> {
                        grading.rate(course.id, id, rating(2), false, "owner " + id);
                        return "owner";
                    }),
                    new Runner<>(course.coInstructor, "INSTRUCTOR", () -> {
                        grading.rate(course.id, id, rating(3), false, "co " + id);
                        return "co";
                    }));

            assertThat(outcomes)
                    .as("round %d: both ratings are taken: %s", round, outcomes)
                    .allMatch(Race.Outcome::succeeded);
            TestUsers.signIn(course.owner, "INSTRUCTOR");
            Map<String, RatingView> byRater = grading.sheet(course.id, id).orElseThrow().ratings().stream()
                    .collect(Collectors.toMap(RatingView::rater, r -> r));
            assertThat(byRater).as("round %d", round).containsOnlyKeys(course.owner, course.coInstructor);
            assertThat(byRater.get(course.owner).ratings()).isEqualTo(rating(2));
            assertThat(byRater.get(course.coInstructor).ratings()).isEqualTo(rating(3));
            assertThat(byRater.values().stream().map(RatingView::kind))
                    .as("round %d: one first, one second", round)
                    .containsExactlyInAnyOrder(RatingKind.FIRST, RatingKind.SECOND);
        }
    }
}
