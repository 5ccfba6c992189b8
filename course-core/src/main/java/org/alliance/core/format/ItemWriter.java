package org.alliance.core.format;

import static org.alliance.core.format.YamlOut.list;
import static org.alliance.core.format.YamlOut.map;
import static org.alliance.core.format.YamlOut.number;
import static org.alliance.core.format.YamlOut.strings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.Cognitive;
import org.alliance.core.model.Item;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.Ratings;
import org.alliance.core.model.ShortText;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;

/** Writes quiz items, and the rated options and ratings they share with vignettes. */
final class ItemWriter {

    private ItemWriter() {}

    static Object item(Item item) {
        Map<String, Object> m = map(
                "id",
                item.id(),
                "type",
                item.type().key(),
                "objectives",
                strings(item.objectives()),
                "concepts",
                strings(item.concepts()),
                "cognitive",
                item.cognitive().map(Cognitive::key));
        switch (item) {
            case SingleChoice s -> {
                m.put("stem", s.stem());
                m.put(
                        "options",
                        list(
                                s.options(),
                                o -> map(
                                        "id",
                                        o.id(),
                                        "text",
                                        o.text(),
                                        "credit",
                                        number(o.credit()),
                                        "misconception",
                                        o.misconception(),
                                        "feedback",
                                        o.feedback())));
            }
            case MultipleResponse r -> {
                m.put("stem", r.stem());
                m.put(
                        "options",
                        list(
                                r.options(),
                                o -> map(
                                        "id",
                                        o.id(),
                                        "text",
                                        o.text(),
                                        "correct",
                                        o.correct(),
                                        "misconception",
                                        o.misconception(),
                                        "feedback",
                                        o.feedback())));
            }
            case TrueFalse t -> {
                m.put("stem", t.stem());
                m.put("answer", t.answer());
                t.misconception().ifPresent(mc -> m.put("misconception", mc));
                m.put("feedback", map("true", t.feedbackTrue(), "false", t.feedbackFalse()));
            }
            case Matching x -> {
                m.put("stem", x.stem());
                m.put("pairs", list(x.pairs(), p -> map("id", p.id(), "prompt", p.prompt(), "match", p.match())));
                m.put("distractors", strings(x.distractors()));
                m.put("feedback", x.feedback());
            }
            case Ordering o -> {
                m.put("stem", o.stem());
                m.put("items", list(o.steps(), s -> map("id", s.id(), "text", s.text())));
                m.put("feedback", o.feedback());
            }
            case ShortText s -> {
                m.put("stem", s.stem());
                m.put(
                        "accept",
                        list(
                                s.accept(),
                                a -> map("text", a.text(), "credit", number(a.credit()), "feedback", a.feedback())));
                m.put(
                        "normalise",
                        map(
                                "case",
                                s.normalise().ignoreCase(),
                                "whitespace",
                                s.normalise().collapseWhitespace(),
                                "punctuation",
                                s.normalise().ignorePunctuation()));
                m.put("feedback_wrong", s.feedbackWrong());
            }
            case BestResponseItem b -> {
                m.put("client", b.client());
                b.cue().ifPresent(cue -> m.put("cue", cue));
                m.put("stem", b.stem());
                m.put("options", rated(b.options()));
            }
        }
        item.audit().ifPresent(a -> m.put("audit", AuditKeys.write(a)));
        return m;
    }

    static List<Object> rated(List<RatedOption> options) {
        return list(
                options,
                o -> map(
                        "id",
                        o.id(),
                        "text",
                        o.text(),
                        "ratings",
                        ratings(o.ratings()),
                        "rationale",
                        o.rationale(),
                        "misconception",
                        o.misconception()));
    }

    /** The author's ratings as a plain mapping; a panel as a list of raters. */
    static Object ratings(Ratings ratings) {
        if (ratings.raters().size() == 1 && ratings.raters().getFirst().rater().equals(Ratings.AUTHOR)) {
            return new LinkedHashMap<Object, Object>(ratings.raters().getFirst().scores());
        }
        return list(ratings.raters(), r -> {
            Map<String, Object> m = map("rater", r.rater());
            m.putAll(r.scores());
            return m;
        });
    }
}
