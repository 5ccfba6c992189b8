package org.alliance.core.audit;

import static org.alliance.core.audit.AuditFixtures.course;
import static org.alliance.core.audit.AuditFixtures.of;
import static org.alliance.core.audit.AuditFixtures.quiz;
import static org.alliance.core.audit.AuditFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliance.core.model.Course;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

class SimilarItemsTest {

    @Test
    void two_statements_of_one_proposition_are_reported_at_the_later_item() {
        var course = course(quiz(
                statement(
                        "i1",
                        "Training therapists in rupture resolution significantly improves client outcomes.",
                        false),
                statement(
                        "i2",
                        "A meta-analysis found rupture resolution training significantly improved client"
                                + " outcomes.",
                        false)));

        assertThat(of(course, ProblemCode.SIMILAR_ITEMS)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("quizzes[q1].items[i2].stem");
            assertThat(f.params()).containsEntry("other", "i1").containsEntry("otherCourse", "");
        });
    }

    @Test
    void statements_on_different_propositions_pass() {
        var course = course(quiz(
                statement(
                        "i1",
                        "Training therapists in rupture resolution significantly improves client outcomes.",
                        false),
                statement("i2", "The working alliance includes agreement on the goals of therapy.", true)));

        assertThat(of(course, ProblemCode.SIMILAR_ITEMS)).isEmpty();
    }

    @Test
    void the_same_proposition_in_two_courses_is_reported_in_the_later_course() {
        Course first = course(quiz(statement(
                "i1", "Working in the here and now means the client's history has no place in the session.", false)));
        Course other = new Course(
                "other",
                "Other",
                "",
                "",
                "en",
                List.of(),
                "",
                List.of(),
                "",
                "",
                course(quiz(statement(
                                "i9",
                                "Working in the here and now means the client's history has no place in"
                                        + " the conversation.",
                                false)))
                        .lessons(),
                first.rubric(),
                first.grading(),
                List.of(),
                List.of());

        assertThat(Audit.across(List.of(first, other))).singleElement().satisfies(cf -> {
            assertThat(cf.course().id()).isEqualTo("other");
            assertThat(cf.finding().params())
                    .containsEntry("other", "i1")
                    .containsEntry("otherCourse", " in course course");
        });
    }
}
