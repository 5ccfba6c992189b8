package org.alliance.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.Cognitive;
import org.alliance.core.model.Course;
import org.alliance.core.model.Item;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.Vignette;
import org.alliance.core.validation.ProblemCode;

/**
 * The {@code cognitive} level of items and vignettes. {@code apply} and {@code analyse} need a case to
 * work on: every vignette and best-response item has a client line; any other item needs a stem that
 * presents one ({@link Wording#presentsCase}). A lesson whose assessments apply a concept to a case
 * less than half of the time is reported; an item without the key counts as not applying.
 */
final class CognitiveLevels {

    private CognitiveLevels() {}

    /** One item or vignette: where it is, its level, and whether it presents a case. */
    record Assessment(String path, Optional<Cognitive> level, boolean hasCase) {

        /** Marked apply or analyse, with a case to apply it to. */
        boolean applies() {
            return hasCase && level.filter(Cognitive::usesACase).isPresent();
        }
    }

    static void run(Course course, Findings found) {
        for (Lesson lesson : course.lessons()) {
            List<Assessment> own = of(lesson);
            for (Assessment a : own) {
                if (!a.hasCase() && a.level().filter(Cognitive::usesACase).isPresent()) {
                    found.add(
                            ProblemCode.COGNITIVE_WITHOUT_CASE,
                            a.path() + ".cognitive",
                            "level",
                            a.level().get().key());
                }
            }
            long applying = own.stream().filter(Assessment::applies).count();
            if (!own.isEmpty() && applying * 2 < own.size()) {
                found.add(
                        ProblemCode.LESSON_APPLY_SHARE,
                        Paths.lesson(lesson),
                        "count",
                        Long.toString(applying),
                        "total",
                        Integer.toString(own.size()),
                        "percent",
                        Findings.percent((double) applying / own.size()));
            }
        }
    }

    /** The items and vignettes of a lesson, in order. */
    static List<Assessment> of(Lesson lesson) {
        List<Assessment> all = new ArrayList<>();
        for (var activity : lesson.activities()) {
            switch (activity) {
                case Quiz q ->
                    q.items().forEach(i -> all.add(new Assessment(Paths.item(q, i), i.cognitive(), hasCase(i))));
                case Vignette v -> all.add(new Assessment(Paths.vignette(v), v.cognitive(), true));
                default -> {}
            }
        }
        return all;
    }

    static boolean hasCase(Item item) {
        return item instanceof BestResponseItem || Wording.presentsCase(item.stem());
    }
}
