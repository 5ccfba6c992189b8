package org.alliance.web.vignette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Course;
import org.alliance.core.scoring.branching.BranchingBounds;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.TestUsers;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.vignette.VignettePersonalData.Attempt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Vignette attempts in "My data": each of mine with its choices in order, nobody else's; deletion moves them. */
@AllianceTest
class VignettePersonalDataTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String BRANCHING = "v4-sorry-for-rambling";
    private static final String BEST_RESPONSE = "v7-noticing-the-urge-to-fix";

    @Autowired
    VignettePersonalData personalData;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Course enrolled(String username) {
        TestUsers.signIn(username, "STUDENT");
        catalog.enrol(COURSE, null);
        return catalog.enrolledCourse(COURSE).orElseThrow().course();
    }

    @Test
    void my_data_holds_my_attempts_in_the_order_i_began_them_with_my_choices_and_deletion_keeps_them_under_the_alias() {
        Course course = enrolled("vdata-other");
        var branching = (BranchingVignette) course.activity(BRANCHING).orElseThrow();
        var path = BranchingBounds.of(branching, course.rubric().scale())
                .orElseThrow()
                .worstPath();
        String others = vignettes.start(COURSE, BRANCHING);
        path.forEach(choice -> vignettes.choose(others, choice));

        enrolled("vdata-me");
        var best = (BestResponseVignette) course.activity(BEST_RESPONSE).orElseThrow();
        String option = best.options().getFirst().id();
        String picked = vignettes.start(COURSE, BEST_RESPONSE);
        vignettes.pick(picked, option);
        clock.advance(Duration.ofMinutes(1));
        String walked = vignettes.start(COURSE, BRANCHING);
        path.forEach(choice -> vignettes.choose(walked, choice));

        var mine = personalData.export("vdata-me");

        assertThat(mine).extracting(Attempt::id).containsExactly(picked, walked);
        assertThat(mine.get(0).chosenOption()).isEqualTo(option);
        assertThat(mine.get(0).choices()).isEmpty();
        assertThat(mine.get(1).vignetteId()).isEqualTo(BRANCHING);
        assertThat(mine.get(1).choices()).containsExactlyElementsOf(path);
        assertThat(mine).allSatisfy(a -> {
            assertThat(a.courseId()).isEqualTo(COURSE);
            assertThat(a.finishedAt()).isNotNull();
            assertThat(a.score()).isNotNull();
        });

        personalData.anonymise("vdata-me", "deleted-VIGNETTE01");

        assertThat(personalData.export("vdata-me")).isEmpty();
        assertThat(personalData.export("deleted-VIGNETTE01"))
                .extracting(Attempt::id, Attempt::score, Attempt::choices)
                .containsExactlyElementsOf(mine.stream()
                        .map(a -> tuple(a.id(), a.score(), a.choices()))
                        .toList());
        assertThat(personalData.export("vdata-other")).extracting(Attempt::id).containsExactly(others);
    }
}
