package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Course;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.Level;
import org.alliance.core.model.Outcome;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.Reflection;
import org.junit.jupiter.api.Test;

/** The reader turns each vignette kind, and reflections, into their model records. */
class VignetteReadingTest {

    private final Course course =
            CourseReader.fromFolder(TestCourses.mini()).course().orElseThrow();

    @Test
    void best_response_vignette_reads_persona_and_a_rater_panel() {
        BestResponseVignette v =
                (BestResponseVignette) course.activity("v1-best").orElseThrow();
        assertThat(v.header().level()).isEqualTo(Level.BEGINNER);
        assertThat(v.header().persona().name()).isEqualTo("Maya");
        assertThat(v.header().persona().age()).contains(34);
        assertThat(v.dimensions()).containsExactly("d1-empathic-accuracy", "d4-process-responsiveness");
        var panel = v.options().get(1).ratings();
        assertThat(panel.raters()).extracting(r -> r.rater()).containsExactly("author", "reviewer-1");
        assertThat(panel.mean("d4-process-responsiveness")).hasValue(4.5);
    }

    @Test
    void rate_options_vignette_has_author_ratings_for_every_option() {
        RateOptionsVignette v = (RateOptionsVignette) course.activity("v2-rate").orElseThrow();
        assertThat(v.options())
                .extracting(o -> o.ratings().mean().orElseThrow())
                .containsExactly(1.0, 4.0);
        assertThat(v.header().persona().age()).isEmpty();
    }

    @Test
    void free_text_vignette_has_examples_per_level_and_anchor_overrides() {
        FreeTextVignette v = (FreeTextVignette) course.activity("v3-free").orElseThrow();
        assertThat(v.examples()).containsOnlyKeys(1, 3, 5);
        assertThat(v.anchors().get("d4-process-responsiveness")).containsEntry(3, "Names the doubt.");
        assertThat(v.contentNote()).contains("The client speaks about feeling let down.");
    }

    @Test
    void branching_vignette_reads_the_meter_conditions_and_endings() {
        BranchingVignette v =
                (BranchingVignette) course.activity("v4-branching").orElseThrow();
        assertThat(v.start()).isEqualTo("n1");
        assertThat(v.alliance().start()).isEqualTo(50);
        Choice repair = v.node("n1").orElseThrow().choices().get(1);
        assertThat(repair.alliance()).isEqualTo(10);
        assertThat(repair.repairs()).isTrue();
        assertThat(repair.target(20)).contains("e-withdrawn");
        assertThat(repair.target(60)).contains("e-repaired");
        Choice gated = v.node("n2-escalates").orElseThrow().choices().get(0);
        assertThat(gated.requires().orElseThrow().holds(19)).isFalse();
        assertThat(gated.requires().orElseThrow().holds(20)).isTrue();
        assertThat(v.node("n2-escalates").orElseThrow().choices().get(1).safety())
                .isTrue();
        assertThat(v.ending("e-repaired").orElseThrow().outcome()).isEqualTo(Outcome.REPAIRED);
        assertThat(v.ending("e-repaired").orElseThrow().bonus()).isEqualTo(0.1);
    }

    @Test
    void reflection_reads_its_prompt_as_markdown_without_trailing_newline() {
        Reflection r = (Reflection) course.activity("r1-alliances").orElseThrow();
        assertThat(r.prompt()).startsWith("Think of").doesNotEndWith("\n");
    }

    @Test
    void lessons_keep_their_order_activities_and_body() {
        assertThat(course.lessons()).extracting(l -> l.id()).containsExactly("l1-alliance", "l2-repair");
        var l1 = course.lessons().getFirst();
        assertThat(l1.minutes()).isEqualTo(20);
        assertThat(l1.activities()).extracting(a -> a.id()).containsExactly("q1-alliance", "v1-best", "r1-alliances");
        assertThat(l1.body()).startsWith("The [[working-alliance|alliance]]");
        assertThat(course.lessonOf("v4-branching").orElseThrow().id()).isEqualTo("l2-repair");
    }

    @Test
    void course_metadata_rubric_grading_glossary_and_references_are_read() {
        assertThat(course.title()).isEqualTo("A Mini Course: Alliance and Repair");
        assertThat(course.rubric().dimensions()).hasSize(2);
        assertThat(course.rubric()
                        .dimension("d1-empathic-accuracy")
                        .orElseThrow()
                        .anchors())
                .hasSize(5);
        assertThat(course.grading().weights().activities()).containsEntry("v4-branching", 2.0);
        assertThat(course.misconception("alliance-is-stable")).isPresent();
        assertThat(course.reference("bordin1979").orElseThrow().doi()).contains("10.1037/h0085885");
        assertThat(course.reference("safran2011").orElseThrow().doi()).isEmpty();
    }
}
