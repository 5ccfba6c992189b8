package org.alliance.core.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alliance.core.model.Course;
import org.alliance.core.model.Drill;
import org.alliance.core.model.DrillStatement;
import org.alliance.core.model.Level;
import org.alliance.core.validation.ProblemCode;

/**
 * A drill's example responses are what students imitate, so examples that all open alike teach a formula
 * ("It sounds like you feel...") instead of a skill. An <i>opening</i> is a response's first two words, lower
 * case, punctuation left out. Reported when one opening starts more than half of a drill's examples, and when
 * every example of one statement shares an opening.
 */
final class DrillTemplates {

    private DrillTemplates() {}

    static void run(Course course, Findings found) {
        for (Drill drill : course.drills()) {
            String path = Paths.drill(drill);
            Map<String, Integer> counts = new LinkedHashMap<>();
            int total = 0;
            for (Level level : Level.values()) {
                for (DrillStatement s : drill.statements(level)) {
                    List<String> openings =
                            s.examples().stream().map(DrillTemplates::opening).toList();
                    openings.forEach(o -> counts.merge(o, 1, Integer::sum));
                    total += openings.size();
                    if (openings.size() >= 2 && openings.stream().distinct().count() == 1) {
                        found.add(
                                ProblemCode.DRILL_ONE_TEMPLATE,
                                path + ".levels." + level.name().toLowerCase(Locale.ROOT) + "[" + s.id() + "].examples",
                                "count",
                                Integer.toString(openings.size()),
                                "total",
                                Integer.toString(openings.size()),
                                "scope",
                                "of statement '" + s.id() + "'",
                                "opening",
                                openings.getFirst());
                    }
                }
            }
            for (Map.Entry<String, Integer> opening : counts.entrySet()) {
                if (opening.getValue() * 2 > total) {
                    found.add(
                            ProblemCode.DRILL_ONE_TEMPLATE,
                            path,
                            "count",
                            Integer.toString(opening.getValue()),
                            "total",
                            Integer.toString(total),
                            "scope",
                            "of this drill",
                            "opening",
                            opening.getKey());
                }
            }
        }
    }

    /** The first two words, lower case, without punctuation ("It's clear," gives "its clear"). */
    static String opening(String response) {
        // An apostrophe joins ("it's" is "its"); any other mark separates ("well—yes" is two words).
        String words = response.toLowerCase(Locale.ROOT)
                .replaceAll("['’‘ʼ]", "")
                .replaceAll("[\\p{P}\\p{S}]", " ")
                .strip();
        List<String> first = new ArrayList<>();
        for (String word : words.split("\\s+")) {
            if (!word.isEmpty() && first.size() < 2) {
                first.add(word);
            }
        }
        return String.join(" ", first);
    }
}
