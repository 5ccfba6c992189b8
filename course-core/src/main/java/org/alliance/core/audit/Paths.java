package org.alliance.core.audit;

import org.alliance.core.model.Drill;
import org.alliance.core.model.Item;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.Vignette;

/** Model paths as the reader records them, so findings land on the field they concern. */
final class Paths {

    /** Where course-wide findings go: course.yaml. */
    static final String COURSE = "course";

    private Paths() {}

    static String quiz(Quiz quiz) {
        return "quizzes[" + quiz.id() + "]";
    }

    static String item(Quiz quiz, Item item) {
        return quiz(quiz) + ".items[" + item.id() + "]";
    }

    static String vignette(Vignette vignette) {
        return "vignettes[" + vignette.id() + "]";
    }

    static String drill(Drill drill) {
        return "drills[" + drill.id() + "]";
    }

    static String lesson(Lesson lesson) {
        return "lessons[" + lesson.id() + "]";
    }

    /** Whether {@code path} is {@code outer} or lies below it. */
    static boolean within(String outer, String path) {
        return path.equals(outer)
                || path.startsWith(outer) && (path.charAt(outer.length()) == '.' || path.charAt(outer.length()) == '[');
    }
}
