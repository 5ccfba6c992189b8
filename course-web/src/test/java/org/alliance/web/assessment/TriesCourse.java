package org.alliance.web.assessment;

import org.alliance.web.catalog.TestCourses;
import org.springframework.context.ApplicationContext;

/**
 * Test fixture: the timed test course published as {@value #COURSE} with an interactive quiz {@value #QUIZ}
 * beside its deferred one: three tries, a quarter of the credit lost per extra try, ten minutes. Items: a
 * single choice ({@code ti-choice}, a is right), a true/false ({@code ti-tf}, false is right), a multiple
 * response ({@code ti-multi}, a and b are right) and a matching ({@code ti-match}, two pairs).
 */
public final class TriesCourse {
    public static final String COURSE = "tries-test";
    public static final String QUIZ = "tq-tries";

    private static final String QUIZ_FILE = """
            id: tq-tries
            title: A quiz with tries
            settings:
              behaviour: interactive
              tries: 3
              penalty: 0.25
              attempts: 0
              time_limit_minutes: 10
              pass_mark: 0.5
              shuffle: false
              review:
                during: [correctness, feedback]
                after_submit: [score, correctness, feedback]
            items:
              - id: ti-choice
                type: single_choice
                objectives: [t1-o1]
                concepts: [working-alliance]
                stem: Which three parts make up the working alliance?
                options:
                  - {id: a, text: Goals tasks and bond, credit: 1, feedback: Well spotted the three parts}
                  - id: b
                    text: Liking warmth and agreement
                    credit: 0
                    misconception: alliance-is-liking
                    feedback: Liking alone is not the alliance
              - id: ti-tf
                type: true_false
                objectives: [t1-o1]
                concepts: [working-alliance]
                stem: The alliance is simply the client liking the therapist.
                answer: false
                misconception: alliance-is-liking
                feedback:
                  true: No; it is collaboration as well as a bond.
                  false: Right; liking is only part of the bond.
              - id: ti-multi
                type: multiple_response
                objectives: [t1-o1]
                concepts: [working-alliance]
                stem: Which are parts of the alliance?
                options:
                  - {id: a, text: Agreement on goals, correct: true, feedback: Yes the goals}
                  - {id: b, text: Agreement on tasks, correct: true, feedback: Yes the tasks}
                  - id: c
                    text: Liking
                    misconception: alliance-is-liking
                    feedback: Liking is only part of the bond
              - id: ti-match
                type: matching
                objectives: [t1-o1]
                concepts: [working-alliance]
                stem: Match each part with what it means.
                pairs:
                  - {id: p1, prompt: Goals, match: What therapy is for}
                  - {id: p2, prompt: Tasks, match: What the two of you do}
                feedback: Goals say what for, tasks say what is done.
            """;

    private TriesCourse() {}

    /** Publishes the course (once: publishing the same files again changes nothing). */
    public static void publish(ApplicationContext context) {
        var files = TestCourses.files("timed-test", COURSE);
        files.put("quizzes/" + QUIZ + ".yaml", QUIZ_FILE);
        files.put(
                "lessons/t1-only-lesson.md",
                files.get("lessons/t1-only-lesson.md")
                        .replace("activities: [tq-timed]", "activities: [tq-timed, " + QUIZ + "]"));
        TestCourses.publish(context, files, "instructor");
    }
}
