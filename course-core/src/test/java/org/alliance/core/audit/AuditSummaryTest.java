package org.alliance.core.audit;

import static org.alliance.core.audit.AuditFixtures.accepting;
import static org.alliance.core.audit.AuditFixtures.branching;
import static org.alliance.core.audit.AuditFixtures.choice;
import static org.alliance.core.audit.AuditFixtures.cognitive;
import static org.alliance.core.audit.AuditFixtures.course;
import static org.alliance.core.audit.AuditFixtures.ending;
import static org.alliance.core.audit.AuditFixtures.node;
import static org.alliance.core.audit.AuditFixtures.quiz;
import static org.alliance.core.audit.AuditFixtures.single;
import static org.alliance.core.audit.AuditFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliance.core.model.Cognitive;
import org.alliance.core.model.Course;
import org.alliance.core.model.Outcome;
import org.alliance.core.validation.Severity;
import org.junit.jupiter.api.Test;

class AuditSummaryTest {

    private static final String CASE = "A client says \"You just nod all the time.\" Which response repairs best?";

    private static Course sample() {
        var longKey = accepting(
                single(
                        "i1",
                        "Which is the alliance?",
                        "Agreement on goals and tasks, with an emotional bond between the two",
                        "Liking",
                        "Advice"),
                "The definition is the point.",
                "key-longest");
        var shortKey = cognitive(
                single("i2", CASE, "Name it", "Defend the plan at length", "Change the subject"), Cognitive.APPLY);
        var tf = statement("i3", "Ruptures never help therapy.", false);
        var nod = branching(
                List.of(
                        node(
                                "n1",
                                choice("a", "Explain the approach at length", 2, "n2"),
                                choice("b", "Tell me", 5, "n2")),
                        node("n2", choice("a", "Go on", 5, "e"))),
                List.of(ending("e", Outcome.REPAIRED, 0.1)));
        return course(quiz(longKey, shortKey, tf), nod);
    }

    @Test
    void the_summary_counts_codes_shares_levels_and_lists_accepted_warnings_with_their_reason() {
        var s = AuditSummary.of(sample());

        assertThat(s.codes().get("key-longest")).isEqualTo(new AuditSummary.Count(Severity.WARNING, 0, 1));
        assertThat(s.keyLongest())
                .contains(
                        new AuditSummary.Share("strict.items", 1, 2),
                        new AuditSummary.Share("strict.branching-nodes", 0, 1));
        assertThat(s.trueStatements()).isEqualTo(new AuditSummary.Share("true-false.true", 0, 1));
        assertThat(s.determinersInFalseStatements().count()).isEqualTo(1);
        assertThat(s.cognitive()).containsEntry("apply", 2).containsEntry("unmarked", 2);
        assertThat(s.applying()).isEqualTo(new AuditSummary.Share("apply", 2, 4));
        assertThat(s.accepted()).singleElement().satisfies(a -> {
            assertThat(a.path()).isEqualTo("quizzes[q1].items[i1].options[a].text");
            assertThat(a.why()).isEqualTo("The definition is the point.");
        });
        assertThat(s.branching()).singleElement().satisfies(b -> {
            assertThat(b.bestClean()).hasValue(1.0);
            assertThat(b.bestMisstep().getAsDouble()).isLessThan(1.0);
            assertThat(b.bestCleanPath()).containsExactly("b", "a");
        });
    }

    @Test
    void the_report_prints_one_figure_per_line_prefixed_with_the_course() {
        var lines = AuditReport.lines(AuditSummary.of(sample()));

        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("course "));
        assertThat(lines)
                .contains(
                        "course key-longest.strict.items 1/2 (50 %)",
                        "course true-false.true 0/1 (0 %)",
                        "course apply-share 2/4 (50 %)",
                        "course code.key-longest 0 (+1 accepted)",
                        "course accepted key-longest quizzes[q1].items[i1].options[a].text why: The definition is the point.");
        assertThat(AuditReport.markdown(AuditSummary.of(sample())))
                .contains(
                        "### Assessment audit",
                        "| `key-longest` | 0 | 1 |",
                        "- `key-longest` at `quizzes[q1].items[i1].options[a].text`: The definition");
    }
}
