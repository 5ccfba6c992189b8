package org.alliance.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliance.core.drill.SampleDrills;
import org.alliance.core.model.AuditAcceptance;
import org.alliance.core.model.Drill;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

class DrillTemplatesTest {

    /** The sample drill's eighteen varied examples, with those at {@code positions} opening "It sounds". */
    private static Drill drillWith(int... positions) {
        List<String> examples = new ArrayList<>(exampleTexts());
        for (int i : positions) {
            examples.set(i, "It sounds, " + examples.get(i).toLowerCase());
        }
        return SampleDrills.withLevels("d1", Optional.empty(), List.of(), SampleDrills.levels(examples));
    }

    private static List<String> exampleTexts() {
        return SampleDrills.drill("d0", Optional.empty()).allStatements().stream()
                .flatMap(s -> s.examples().stream())
                .toList();
    }

    private static List<Finding> templates(Drill drill) {
        return Audit.of(AuditFixtures.course(drill)).stream()
                .filter(f -> f.code() == ProblemCode.DRILL_ONE_TEMPLATE)
                .toList();
    }

    @Test
    void varied_examples_raise_nothing() {
        assertThat(templates(drillWith())).isEmpty();
    }

    @Test
    void one_opening_on_more_than_half_of_the_examples_is_reported_at_the_drill() {
        // The first example of every statement, and one more: ten of eighteen, no statement entirely.
        Drill drill = drillWith(0, 2, 4, 6, 8, 10, 12, 14, 16, 17);

        assertThat(templates(drill))
                .extracting(Finding::path)
                .containsExactly("drills[d1].levels.advanced[a3].examples", "drills[d1]");
        assertThat(templates(drill).getLast().params())
                .containsEntry("opening", "it sounds")
                .containsEntry("count", "10")
                .containsEntry("total", "18")
                .containsEntry("scope", "of this drill");
    }

    @Test
    void exactly_half_is_not_a_template() {
        assertThat(templates(drillWith(0, 2, 4, 6, 8, 10, 12, 14, 16))).isEmpty();
    }

    @Test
    void a_statement_whose_examples_all_open_alike_is_reported_at_its_examples() {
        Drill drill = drillWith(6, 7);

        assertThat(templates(drill)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("drills[d1].levels.intermediate[i1].examples");
            assertThat(f.params()).containsEntry("scope", "of statement 'i1'").containsEntry("opening", "it sounds");
        });
    }

    @Test
    void the_opening_is_two_words_in_lower_case_without_punctuation_and_apostrophes_join() {
        assertThat(DrillTemplates.opening("It’s, clear—that you care.")).isEqualTo("its clear");
        assertThat(DrillTemplates.opening("\"Its clear\" to me.")).isEqualTo("its clear");
        assertThat(DrillTemplates.opening("Lonely.")).isEqualTo("lonely");
    }

    @Test
    void the_warning_can_be_accepted_on_the_drill_with_a_reason() {
        Drill plain = drillWith(6, 7);
        Drill accepting = new Drill(
                plain.id(),
                plain.title(),
                plain.skill(),
                plain.objectives(),
                plain.concepts(),
                plain.references(),
                plain.contentNote(),
                plain.criteria(),
                plain.avoid(),
                plain.hints(),
                plain.settings(),
                plain.levels(),
                Optional.of(new AuditAcceptance(List.of("drill-one-template"), "Both open alike on purpose.")));

        assertThat(templates(accepting))
                .singleElement()
                .satisfies(f -> assertThat(f.acceptedWhy()).contains("Both open alike on purpose."));
    }
}
