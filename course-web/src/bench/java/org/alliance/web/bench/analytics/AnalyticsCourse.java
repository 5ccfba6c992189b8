package org.alliance.web.bench.analytics;

import java.util.Map;
import java.util.TreeMap;

/**
 * The course the analytics benchmark measures: one lesson and one deferred quiz of {@link #ITEMS} items,
 * single-choice (four options) and true/false in turn, written in the content format and imported like any
 * instructor's zip, so the gradebook and item analysis read it as they read every course.
 */
final class AnalyticsCourse {
    static final String ID = "analytics-bench";
    static final String QUIZ = "ab-quiz";
    static final int ITEMS = 60;

    private AnalyticsCourse() {}

    static String itemId(int i) {
        return "ab-i" + (i + 1);
    }

    /** Single-choice items are the even ones (options a-d, b is right); the odd ones are true/false (true). */
    static boolean singleChoice(int i) {
        return i % 2 == 0;
    }

    static Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        files.put("course.yaml", """
                id: analytics-bench
                title: Analytics benchmark course
                summary: Generated for the analytics benchmark (docs/performance.md).
                audience: Benchmarks.
                licence: CC0-1.0
                front_matter: |
                  Benchmark data only.
                support: |
                  Benchmark data only.
                lessons:
                  - ab1-lesson
                grading:
                  pass_mark: 0.5
                  weights:
                    quiz: 1
                    vignette: 1
                rubric:
                  dimensions:
                    - id: d1-empathic-accuracy
                      name: Empathic accuracy
                      description: Catches the implicit feeling.
                      anchors:
                        1: Misses it.
                        2: Partly.
                        3: Adequately.
                        4: Specifically.
                        5: Deepens it.
                """);
        files.put("glossary.yaml", """
                concepts:
                  - id: working-alliance
                    term: Working alliance
                    definition: Agreement on the goals and tasks of therapy, plus an emotional bond.
                    misconceptions:
                      - id: alliance-is-liking
                        text: The alliance is just the client liking the therapist.
                        correction: It is collaboration on goals and tasks as well as a bond.
                    references: [bordin1979]
                """);
        files.put("references.yaml", """
                references:
                  - id: bordin1979
                    authors: Bordin, E. S.
                    year: 1979
                    title: The generalizability of the psychoanalytic concept of the working alliance
                    source: "Psychotherapy: Theory, Research & Practice, 16(3), 252-260"
                """);
        files.put("lessons/ab1-lesson.md", """
                ---
                id: ab1-lesson
                title: The only lesson
                minutes: 5
                objectives:
                  - id: ab1-o1
                    text: Name the parts of the working alliance.
                concepts: [working-alliance]
                activities: [ab-quiz]
                audit:
                  accept: [lesson-apply-share]
                  why: Generated benchmark data.
                ---

                The [[working-alliance]] has three parts [@bordin1979].
                """);
        files.put("quizzes/ab-quiz.yaml", quiz());
        return files;
    }

    private static String quiz() {
        var yaml = new StringBuilder("""
                id: ab-quiz
                title: The benchmark quiz
                audit:
                  accept: [similar-items]
                  why: Generated benchmark items differ by number only.
                settings:
                  behaviour: deferred
                  attempts: 0
                  grading_method: highest
                  pass_mark: 0.5
                  shuffle: false
                  review:
                    after_submit: [score]
                items:
                """);
        for (int i = 0; i < ITEMS; i++) {
            yaml.append("  - id: ").append(itemId(i)).append('\n');
            yaml.append(singleChoice(i) ? "    type: single_choice\n" : "    type: true_false\n");
            yaml.append("    objectives: [ab1-o1]\n    concepts: [working-alliance]\n");
            yaml.append("    stem: Benchmark question number ").append(i + 1).append(" about the alliance?\n");
            if (singleChoice(i)) {
                yaml.append("    options:\n");
                for (char o = 'a'; o <= 'd'; o++) {
                    yaml.append("      - id: ").append(o).append('\n');
                    yaml.append("        text: Option ").append(o).append(" of question ").append(i + 1).append('\n');
                    yaml.append("        credit: ").append(o == 'b' ? 1 : 0).append('\n');
                    if (o != 'b') {
                        yaml.append("        misconception: alliance-is-liking\n");
                    }
                    yaml.append("        feedback: Feedback ").append(o).append(".\n");
                }
            } else {
                yaml.append("    answer: true\n    misconception: alliance-is-liking\n");
                yaml.append("    feedback:\n      true: Right.\n      false: No.\n");
            }
        }
        return yaml.toString();
    }
}
