package org.alliance.web.editor;

import java.util.Map;
import java.util.TreeMap;

/** The files of a new course: the smallest course the validator accepts, for the author to grow. */
final class DraftTemplate {
    private DraftTemplate() {}

    static Map<String, String> files(String courseId, String title) {
        Map<String, String> files = new TreeMap<>();
        files.put("course.yaml", """
                id: %s
                title: "%s"
                summary: What the course is about, in one paragraph for the catalogue.
                audience: Who the course is for.
                licence: CC-BY-SA-4.0
                front_matter: |
                  Who this course is for, and what it is not (education only; not supervision, not therapy).
                support: |
                  In an emergency, contact local emergency services. For distress raised by the material, talk
                  with your supervisor, your training programme or a counselling service.
                lessons:
                  - l1-first-lesson
                rubric:
                  dimensions:
                    - id: d1-empathic-accuracy
                      name: Empathic accuracy
                      description: Catches the implicit feeling, not just the words.
                      anchors:
                        1: Counter-therapeutic; ignores or contradicts the feeling.
                        2: Misses the feeling or responds mechanically.
                        3: Names the obvious feeling in general terms.
                        4: Names the specific feeling, well timed.
                        5: Specific and well timed, and opens deeper exploration.
                """.formatted(courseId, title.replace("\"", "'")));
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
        files.put("lessons/l1-first-lesson.md", """
                ---
                id: l1-first-lesson
                title: The first lesson
                minutes: 10
                objectives:
                  - id: l1-o1
                    text: Describe the working alliance.
                concepts: [working-alliance]
                activities: []
                ---

                Write the lesson here in Markdown. Link a concept with [[working-alliance]] and cite with
                [@bordin1979].
                """);
        return files;
    }
}
