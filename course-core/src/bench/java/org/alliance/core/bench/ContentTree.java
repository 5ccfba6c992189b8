package org.alliance.core.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * A generated course of exactly 100 files: course, glossary and references, 25 lessons, and 24
 * each of quizzes (all seven item types), branching vignettes and reflections. It passes the
 * assessment audit, accepting with a reason the two warnings a generated course cannot avoid.
 */
final class ContentTree {

    static final int LESSONS = 25;
    static final int ACTIVITIES = 24;

    private ContentTree() {
    }

    static Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        StringBuilder lessons = new StringBuilder();
        for (int i = 1; i <= LESSONS; i++) {
            lessons.append("  - l").append(i).append('\n');
        }
        files.put("course.yaml", """
                id: bench-course
                title: "Benchmark course"
                summary: Generated for the benchmark.
                audience: Machines.
                licence: CC-BY-SA-4.0
                authors: [Bench]
                front_matter: |
                  Generated.
                support: |
                  None needed.
                lessons:
                %srubric:
                  scale: {min: 1, max: 5}
                  dimensions:
                    - id: d1
                      name: Empathy
                      description: Catches the feeling.
                      anchors: {1: a, 2: b, 3: c, 4: d, 5: e}
                    - id: d2
                      name: Process
                      description: Notices the marker.
                      anchors: {1: a, 2: b, 3: c, 4: d, 5: e}
                """.formatted(lessons));
        files.put("glossary.yaml", """
                concepts:
                  - id: alliance
                    term: Alliance
                    definition: Goals, tasks and bond.
                    misconceptions:
                      - {id: m1, text: It is liking., correction: It is collaboration.}
                      - {id: m2, text: It is stable., correction: It fluctuates.}
                    references: [ref1]
                """);
        files.put("references.yaml", """
                references:
                  - {id: ref1, authors: "Bordin, E. S.", year: 1979, title: The alliance, source: Psychotherapy, doi: 10.1037/h0085885}
                """);
        for (int i = 1; i <= LESSONS; i++) {
            String activities = i <= ACTIVITIES ? "[q%d, v%d, r%d]".formatted(i, i, i) : "[]";
            files.put("lessons/l" + i + ".md", """
                    ---
                    id: l%d
                    title: Lesson %d
                    minutes: 20
                    objectives:
                      - {id: l%d-o1, text: Define the alliance.}
                    concepts: [alliance]
                    activities: %s
                    %s---

                    The [[alliance]] has three parts [@ref1].

                    It *fluctuates*, and that is **normal**.
                    """.formatted(i, i, i, activities, i <= ACTIVITIES ? ACCEPT_RECALL : ""));
        }
        for (int i = 1; i <= ACTIVITIES; i++) {
            String quiz = QUIZ.replace("$", Integer.toString(i));
            // Every other statement is true, so the true/false keys are balanced.
            files.put("quizzes/q" + i + ".yaml", i % 2 == 0 ? quiz.replace(
                    "stem: The alliance is stable.\n    answer: false", "stem: The alliance fluctuates.\n    answer: true")
                    : quiz);
            files.put("vignettes/v" + i + ".yaml", VIGNETTE.replace("$", Integer.toString(i)));
            files.put("reflections/r" + i + ".yaml", "id: r$\ntitle: Reflect\nprompt: |\n  Think of one.\n"
                    .replace("$", Integer.toString(i)));
        }
        // The last lesson has no activities of its own; the last vignette assesses its objective.
        files.computeIfPresent("vignettes/v" + ACTIVITIES + ".yaml", (path, text) -> text.replace(
                "objectives: [l" + ACTIVITIES + "-o1]", "objectives: [l" + ACTIVITIES + "-o1, l" + LESSONS + "-o1]"));
        return files;
    }

    /** Generated lessons of recall items, one of each type: the audit's warning accepted, with why. */
    private static final String ACCEPT_RECALL = "audit: {accept: [lesson-apply-share], why: "
            + "\"Generated for the benchmark: one recall item of each type.\"}\n";

    private static final String QUIZ = """
            id: q$
            title: Quiz $
            settings: {behaviour: interactive, tries: 2, penalty: 0.25}
            audit: {accept: [similar-items], why: "Generated for the benchmark: every quiz repeats the same items."}
            items:
              - id: q$-i1
                type: single_choice
                objectives: [l$-o1]
                concepts: [alliance]
                stem: Which three components?
                options:
                  - {id: a, text: "Goals, tasks, bond", credit: 1, feedback: Right.}
                  - {id: b, text: "Liking, trust and warmth", credit: 0, misconception: m1, feedback: Not only.}
              - id: q$-i2
                type: multiple_response
                objectives: [l$-o1]
                concepts: [alliance]
                stem: Which are components?
                options:
                  - {id: a, text: Goals, correct: true, feedback: Yes.}
                  - {id: b, text: Liking, correct: false, misconception: m1, feedback: No.}
              - id: q$-i3
                type: true_false
                objectives: [l$-o1]
                concepts: [alliance]
                stem: The alliance is stable.
                answer: false
                misconception: m2
                feedback: {true: It fluctuates., false: Right.}
              - id: q$-i4
                type: matching
                objectives: [l$-o1]
                concepts: [alliance]
                stem: Match.
                pairs:
                  - {id: p1, prompt: Goals, match: Aims}
                  - {id: p2, prompt: Tasks, match: Activities}
                feedback: Because.
              - id: q$-i5
                type: ordering
                objectives: [l$-o1]
                concepts: [alliance]
                stem: Order.
                items:
                  - {id: s1, text: Notice}
                  - {id: s2, text: Explore}
                feedback: Because.
              - id: q$-i6
                type: short_text
                objectives: [l$-o1]
                concepts: [alliance]
                stem: What does WAI stand for?
                accept:
                  - {text: Working Alliance Inventory, credit: 1}
                feedback_wrong: Working Alliance Inventory.
              - id: q$-i7
                type: best_response
                cognitive: apply
                objectives: [l$-o1]
                concepts: [alliance]
                client: "Sorry, I'm rambling."
                stem: What do you say?
                options:
                  - {id: a, text: "Go on, I was following what you said.", ratings: {d1: 2, d2: 2}, rationale: Content only., misconception: m1}
                  - {id: b, text: What was that like?, ratings: {d1: 5, d2: 5}, rationale: Explores.}
            """;

    private static final String VIGNETTE = """
            id: v$
            kind: branching
            title: You just nod
            level: advanced
            cognitive: analyse
            objectives: [l$-o1]
            concepts: [alliance]
            persona: {name: Alex, about: Fictional.}
            dimensions: [d1, d2]
            start: n1
            nodes:
              - id: n1
                client: "This is pointless."
                choices:
                  - {id: a, text: "Explain why the approach works, and why it takes time.", ratings: {d1: 2, d2: 1}, feedback: Defends., misconception: m1, alliance: -15, next: n2}
                  - id: b
                    text: You're frustrated with me.
                    ratings: {d1: 5, d2: 5}
                    feedback: Validates.
                    alliance: 10
                    next: [{when: {alliance_below: 30}, go: e2}, {go: e1}]
              - id: n2
                client: "See?"
                choices:
                  - {id: a, text: I went into explaining., ratings: {d1: 5, d2: 5}, feedback: Owns it., repairs: true, next: e1}
                  - {id: b, text: "Let's move on to the next topic for today.", ratings: {d1: 1, d2: 1}, feedback: Dismisses., safety: true, next: e2}
            endings:
              - {id: e1, client: Okay., outcome: repaired, bonus: 0.1, summary: Repaired.}
              - {id: e2, client: Whatever., outcome: withdrawn, summary: Withdrew.}
            """;
}
