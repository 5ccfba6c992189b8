package org.alliance.core.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.alliance.core.model.Behaviour;
import org.alliance.core.model.GradingMethod;
import org.alliance.core.model.Item;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.QuizSettings;
import org.alliance.core.model.ReviewDetail;
import org.alliance.core.model.ReviewOptions;
import org.alliance.core.validation.ProblemCode;

/** Reads quizzes/&lt;id&gt;.yaml. */
final class QuizReader {

    private QuizReader() {}

    static Quiz read(YamlMap m) {
        String id = m.id();
        String title = m.text("title");
        QuizSettings settings = m.map("settings").map(QuizReader::settings).orElseGet(QuizSettings::defaults);
        List<Item> items = new ArrayList<>();
        for (YamlMap i : m.maps("items")) {
            ItemReader.read(i).ifPresent(items::add);
        }
        if (!m.has("items")) {
            m.missing("items");
        }
        var audit = AuditKeys.acceptance(m);
        m.finish();
        return new Quiz(id, title, settings, items, audit);
    }

    private static QuizSettings settings(YamlMap s) {
        QuizSettings d = QuizSettings.defaults();
        double penalty = s.number("penalty", d.penalty());
        CourseFileReader.fraction(s, "penalty", penalty);
        double passMark = s.number("pass_mark", d.passMark());
        CourseFileReader.fraction(s, "pass_mark", passMark);
        QuizSettings settings = new QuizSettings(
                s.choice("behaviour", Behaviour.DEFERRED),
                atLeast(s, "tries", s.integer("tries", d.tries()), 1),
                penalty,
                atLeast(s, "attempts", s.integer("attempts", d.attempts()), 0),
                s.choice("grading_method", GradingMethod.HIGHEST),
                atLeast(s, "time_limit_minutes", s.integer("time_limit_minutes", d.timeLimitMinutes()), 0),
                passMark,
                s.bool("shuffle", d.shuffle()),
                s.map("review").map(QuizReader::review).orElseGet(ReviewOptions::defaults));
        s.finish();
        return settings;
    }

    static int atLeast(YamlMap m, String key, int value, int minimum) {
        if (value < minimum) {
            m.context()
                    .report(
                            ProblemCode.OUT_OF_RANGE,
                            m.locationOf(key),
                            m.join(key),
                            "field",
                            key,
                            "value",
                            Integer.toString(value),
                            "range",
                            minimum + " or more");
        }
        return value;
    }

    private static ReviewOptions review(YamlMap r) {
        ReviewOptions d = ReviewOptions.defaults();
        ReviewOptions review = new ReviewOptions(
                r.has("during") ? details(r, "during") : d.during(),
                r.has("after_submit") ? details(r, "after_submit") : d.afterSubmit(),
                r.has("after_close") ? details(r, "after_close") : d.afterClose());
        r.finish();
        return review;
    }

    private static List<ReviewDetail> details(YamlMap r, String key) {
        List<ReviewDetail> details = new ArrayList<>();
        List<String> allowed = Arrays.stream(ReviewDetail.values())
                .map(v -> v.name().toLowerCase(Locale.ROOT))
                .toList();
        List<String> words = r.strings(key);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int index = allowed.indexOf(word);
            if (index < 0) {
                r.context()
                        .report(
                                ProblemCode.INVALID_VALUE,
                                r.context().sources().locate(r.join(key) + "[" + i + "]"),
                                r.join(key) + "[" + i + "]",
                                "value",
                                word,
                                "field",
                                key,
                                "allowed",
                                String.join(", ", allowed),
                                "suggestion",
                                Spelling.closest(word, allowed).orElse(""));
            } else {
                details.add(ReviewDetail.values()[index]);
            }
        }
        return details;
    }
}
