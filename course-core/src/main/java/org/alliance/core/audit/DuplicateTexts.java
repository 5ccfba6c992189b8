package org.alliance.core.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliance.core.model.Course;
import org.alliance.core.model.Matching;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.Quiz;
import org.alliance.core.validation.ProblemCode;

/**
 * Two options, matches or steps a student cannot tell apart (same words, ignoring case, punctuation
 * and spacing). A warning when they score alike; an error when they do not, since the score then
 * depends on which of two identical answers was picked.
 */
final class DuplicateTexts {

    private DuplicateTexts() {}

    private record Entry(String id, String text, String path, double score) {}

    static void run(Course course, List<OptionSet> sets, Findings found) {
        for (OptionSet set : sets) {
            check(
                    found,
                    set.options().stream()
                            .map(o -> new Entry(o.id(), o.text(), o.textPath(), o.score()))
                            .toList());
        }
        for (Quiz quiz : course.quizzes()) {
            for (var item : quiz.items()) {
                String path = Paths.item(quiz, item);
                switch (item) {
                    case Matching m -> {
                        List<Entry> answers = new ArrayList<>();
                        m.pairs()
                                .forEach(p -> answers.add(new Entry(
                                        p.id(), p.match(), path + ".pairs[" + p.id() + "].match", answers.size())));
                        for (int i = 0; i < m.distractors().size(); i++) {
                            answers.add(new Entry(
                                    "distractor " + (i + 1),
                                    m.distractors().get(i),
                                    path + ".distractors[" + i + "]",
                                    -1 - i));
                        }
                        check(found, answers);
                        check(
                                found,
                                m.pairs().stream()
                                        .map(p -> new Entry(
                                                p.id(),
                                                p.prompt(),
                                                path + ".pairs[" + p.id() + "].prompt",
                                                m.pairs().indexOf(p)))
                                        .toList());
                    }
                    case Ordering o ->
                        check(
                                found,
                                o.steps().stream()
                                        .map(s -> new Entry(
                                                s.id(),
                                                s.text(),
                                                path + ".items[" + s.id() + "].text",
                                                o.steps().indexOf(s)))
                                        .toList());
                    default -> {}
                }
            }
        }
    }

    /** Entries with different scores (or places) must not read the same. */
    private static void check(Findings found, List<Entry> entries) {
        Map<String, Entry> seen = new HashMap<>();
        for (Entry e : entries) {
            String normal = Wording.normal(e.text());
            if (normal.isEmpty()) {
                continue;
            }
            Entry first = seen.putIfAbsent(normal, e);
            if (first != null) {
                boolean differ = Math.abs(first.score() - e.score()) > 1e-9;
                found.add(
                        differ ? ProblemCode.AMBIGUOUS_OPTION : ProblemCode.DUPLICATE_OPTION,
                        e.path(),
                        "id",
                        e.id(),
                        "other",
                        first.id());
            }
        }
    }
}
