package org.alliance.web.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.alliance.core.format.CourseReader;
import org.alliance.core.mastery.Evidence;
import org.alliance.core.model.ActivityKind;
import org.alliance.core.model.Course;
import org.alliance.web.catalog.PublishedCourse;
import org.alliance.web.progress.Progress.ConceptMastery;
import org.alliance.web.progress.Progress.Practice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "My progress" without the database: which concepts it lists, in which order, and what it suggests practising,
 * over the two bundled courses (which share some concepts, so a student enrolled in both sees them pooled).
 */
class ProgressRulesTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final PublishedCourse MAIN = published(1, "therapeutic-relationship");
    private static final PublishedCourse HERE_AND_NOW = published(2, "here-and-now");

    static Stream<Arguments> listing() {
        return Stream.of(
                // name, enrolled, evidence (concept=score, in order) → concepts listed, in order
                Arguments.of(
                        "weakest first",
                        List.of(MAIN),
                        List.of(e("rupture", 0.9), e("empathy", 0.2), e("immediacy", 0.5)),
                        List.of("empathy", "immediacy", "rupture")),
                // By term, not id: rupture's term is "Alliance rupture".
                Arguments.of(
                        "equal levels by term",
                        List.of(MAIN),
                        List.of(e("immediacy", 0.5), e("empathy", 0.5), e("rupture", 0.5)),
                        List.of("rupture", "empathy", "immediacy")),
                Arguments.of(
                        "a concept no enrolled course defines is left out",
                        List.of(HERE_AND_NOW),
                        List.of(e("here-and-now", 0.5), e("rupture", 0.1)),
                        List.of("here-and-now")),
                Arguments.of(
                        "a shared concept is listed once, pooled across courses",
                        List.of(MAIN, HERE_AND_NOW),
                        List.of(e("immediacy", 1.0), e("immediacy", 0.0)),
                        List.of("immediacy")),
                Arguments.of("no evidence, nothing listed", List.of(MAIN), List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listing")
    void concepts_are_listed_by_the_rules(
            String rule, List<PublishedCourse> enrolled, List<Evidence> evidence, List<String> expected) {
        List<ConceptMastery> mastery = Progress.mastery(evidence, enrolled);

        assertThat(mastery).extracting(ConceptMastery::conceptId).containsExactlyElementsOf(expected);
    }

    @Test
    void a_pooled_concept_averages_its_items_from_both_courses() {
        var mastery = Progress.mastery(List.of(e("immediacy", 1.0), e("immediacy", 0.0)), List.of(MAIN, HERE_AND_NOW));

        assertThat(mastery)
                .containsExactly(new ConceptMastery(
                        "immediacy",
                        MAIN.course().concept("immediacy").orElseThrow().term(),
                        0.5,
                        2));
    }

    @Test
    void practice_follows_the_rules_for_any_levels() {
        List<String> shared = conceptsOf(MAIN).stream()
                .filter(conceptsOf(HERE_AND_NOW)::contains)
                .toList();
        assertThat(shared).as("the bundled courses share concepts").isNotEmpty();
        qt().withFixedSeed(20261213L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            var random = new Random(seed);
            List<PublishedCourse> enrolled = random.nextBoolean()
                    ? List.of(MAIN, HERE_AND_NOW)
                    : random.nextBoolean() ? List.of(HERE_AND_NOW, MAIN) : List.of(MAIN);
            var evidence = new ArrayList<Evidence>();
            for (String concept : conceptsOf(enrolled)) {
                if (random.nextInt(3) > 0) {
                    evidence.add(e(concept, random.nextInt(5) / 4.0));
                }
            }
            List<ConceptMastery> mastery = Progress.mastery(evidence, enrolled);

            List<Practice> practice = Progress.practice(enrolled, mastery);

            assertThat(practice).as("seed %d", seed).containsExactlyElementsOf(expected(enrolled, mastery));
        });
    }

    /**
     * The rule, written plainly: for each of the three weakest concepts in turn, up to two activities not already
     * suggested that practise it, every tagged vignette (of any enrolled course) before any tagged quiz.
     */
    private static List<Practice> expected(List<PublishedCourse> enrolled, List<ConceptMastery> mastery) {
        var practice = new ArrayList<Practice>();
        var seen = new HashSet<String>();
        for (ConceptMastery weak : mastery.stream().limit(3).toList()) {
            var candidates = new ArrayList<Practice>();
            for (PublishedCourse p : enrolled) {
                p.course().vignettes().stream()
                        .filter(v -> v.concepts().contains(weak.conceptId()))
                        .forEach(v -> candidates.add(
                                new Practice(p.id(), v.id(), v.title(), ActivityKind.VIGNETTE, weak.term())));
            }
            for (PublishedCourse p : enrolled) {
                p.course().quizzes().stream()
                        .filter(q ->
                                q.items().stream().anyMatch(i -> i.concepts().contains(weak.conceptId())))
                        .forEach(q -> candidates.add(
                                new Practice(p.id(), q.id(), q.title(), ActivityKind.QUIZ, weak.term())));
            }
            candidates.stream().filter(c -> seen.add(c.activityId())).limit(2).forEach(practice::add);
        }
        return practice;
    }

    private static Set<String> conceptsOf(PublishedCourse course) {
        var ids = new LinkedHashSet<String>();
        course.course().concepts().forEach(c -> ids.add(c.id()));
        return ids;
    }

    private static Set<String> conceptsOf(List<PublishedCourse> courses) {
        var ids = new LinkedHashSet<String>();
        courses.forEach(c -> ids.addAll(conceptsOf(c)));
        return ids;
    }

    private static int counter;

    /** A score on a fresh item tagged with one concept, later than every score before it. */
    private static Evidence e(String concept, double score) {
        counter++;
        return new Evidence("c", "item-" + counter, Set.of(concept), Set.of(), score, T0.plusSeconds(counter));
    }

    private static PublishedCourse published(long versionId, String folder) {
        Course course = CourseReader.fromFolder(Path.of("../content/courses", folder))
                .course()
                .orElseThrow();
        return new PublishedCourse(versionId, 1, "hash-" + versionId, course);
    }
}
