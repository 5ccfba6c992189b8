package org.alliance.core.audit;

import static org.alliance.core.audit.AuditFixtures.branching;
import static org.alliance.core.audit.AuditFixtures.choice;
import static org.alliance.core.audit.AuditFixtures.course;
import static org.alliance.core.audit.AuditFixtures.ending;
import static org.alliance.core.audit.AuditFixtures.node;
import static org.alliance.core.audit.AuditFixtures.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.model.Branch;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Course;
import org.alliance.core.model.Dimension;
import org.alliance.core.model.Outcome;
import org.alliance.core.model.Ratings;
import org.alliance.core.model.Rubric;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.Severity;
import org.junit.jupiter.api.Test;

class BranchingChecksTest {

    private static Choice marked(Choice c, boolean safety, Optional<String> reason) {
        return new Choice(
                c.id(),
                c.text(),
                c.ratings(),
                c.feedback(),
                c.misconception(),
                c.alliance(),
                c.repairs(),
                safety,
                c.requires(),
                c.next(),
                reason);
    }

    @Test
    void a_graph_where_every_walk_has_a_misstep_is_an_error() {
        var v = branching(
                List.of(node("n1", choice("a", "Defend", 2, "e"), choice("b", "Lecture", 1, "e"))),
                List.of(ending("e", Outcome.NEUTRAL, 0)));

        assertThat(of(course(v), ProblemCode.NO_CLEAN_PATH)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("vignettes[v1]");
            assertThat(f.code().severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void a_misstep_walk_whose_ending_bonus_lifts_it_to_the_clean_walk_is_an_error() {
        // Clean: 1 + 0 = 1. Misstep then repair: (0.625 + 1) / 2 + 0.5 = 1.3125, above the clean total.
        var repair = new Choice(
                "a",
                "I rushed you; sorry.",
                Ratings.byAuthor(Map.of("d1", 5)),
                "Why.",
                Optional.empty(),
                0,
                true,
                false,
                Optional.empty(),
                List.of(Branch.to("e-repaired")));
        var v = branching(
                List.of(
                        node("n1", choice("a", "Defend", 2, "n2"), choice("b", "Reflect", 5, "e-plain")),
                        node("n2", repair)),
                List.of(ending("e-plain", Outcome.NEUTRAL, 0), ending("e-repaired", Outcome.REPAIRED, 0.5)));

        assertThat(of(course(v), ProblemCode.MISSTEP_TIES_CLEAN))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.params()).containsEntry("path", "a → a").containsEntry("cleanPath", "b");
                    assertThat(f.code().severity()).isEqualTo(Severity.ERROR);
                });
    }

    @Test
    void a_graph_whose_clean_walk_earns_the_most_passes() {
        var v = branching(
                List.of(node("n1", choice("a", "Defend", 2, "e-plain"), choice("b", "Reflect", 5, "e-good"))),
                List.of(ending("e-plain", Outcome.NEUTRAL, 0), ending("e-good", Outcome.REPAIRED, 0.1)));

        assertThat(of(course(v), ProblemCode.NO_CLEAN_PATH)).isEmpty();
        assertThat(of(course(v), ProblemCode.MISSTEP_TIES_CLEAN)).isEmpty();
    }

    @Test
    void a_misstep_that_ends_the_work_or_a_floor_rated_choice_needs_a_word_on_safety() {
        var v = branching(
                List.of(node(
                        "n1",
                        choice("a", "Maybe see someone else", 2, "e-gone"),
                        choice("b", "Whatever you say", 1, "e-fine"),
                        choice("c", "Tell me more", 5, "e-fine"))),
                List.of(ending("e-gone", Outcome.WITHDRAWN, 0), ending("e-fine", Outcome.NEUTRAL, 0)));

        assertThat(of(course(v), ProblemCode.SAFETY_UNMARKED))
                .extracting(Finding::path)
                .containsExactly("vignettes[v1].nodes[n1].choices[a]", "vignettes[v1].nodes[n1].choices[b]");
    }

    @Test
    void safety_true_or_safety_false_with_a_reason_passes_and_a_good_move_the_client_leaves_anyway_needs_neither() {
        var v = branching(
                List.of(node(
                        "n1",
                        marked(choice("a", "Maybe see someone else", 2, "e-gone"), true, Optional.empty()),
                        marked(
                                choice("b", "Whatever you say", 1, "e-fine"),
                                false,
                                Optional.of("Poor, but it neither shames nor dismisses.")),
                        choice("c", "Tell me more", 5, "e-gone"))),
                List.of(ending("e-gone", Outcome.WITHDRAWN, 0), ending("e-fine", Outcome.NEUTRAL, 0)));

        assertThat(of(course(v), ProblemCode.SAFETY_UNMARKED)).isEmpty();
    }

    @Test
    void a_rubric_dimension_no_vignette_uses_is_reported_and_a_used_one_is_not() {
        var v = branching(
                List.of(node("n1", choice("a", "Tell me more", 5, "e"))), List.of(ending("e", Outcome.NEUTRAL, 0)));
        Course one = course(v);
        var hope = new Dimension("d5-hope", "Hope", "", AuditFixtures.D1.anchors());
        Course withHope = new Course(
                one.id(),
                one.title(),
                one.summary(),
                one.audience(),
                one.language(),
                one.authors(),
                one.licence(),
                one.contentNotes(),
                one.frontMatter(),
                one.support(),
                one.lessons(),
                new Rubric(one.rubric().scale(), List.of(AuditFixtures.D1, hope)),
                one.grading(),
                one.concepts(),
                one.references());

        assertThat(of(withHope, ProblemCode.UNUSED_DIMENSION))
                .singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("course.rubric.dimensions[d5-hope]"));
        assertThat(of(one, ProblemCode.UNUSED_DIMENSION)).isEmpty();
    }
}
