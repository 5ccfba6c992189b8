package org.alliance.core.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliance.core.model.AcceptedAnswer;
import org.alliance.core.model.AuditAcceptance;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.Cognitive;
import org.alliance.core.model.CreditOption;
import org.alliance.core.model.Item;
import org.alliance.core.model.ItemType;
import org.alliance.core.model.MatchPair;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Normalisation;
import org.alliance.core.model.OrderStep;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.ResponseOption;
import org.alliance.core.model.ShortText;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;

/** Reads one quiz item of any type. */
final class ItemReader {

    private ItemReader() {}

    static Optional<Item> read(YamlMap m) {
        String id = m.id();
        Optional<ItemType> type = m.optChoice("type", ItemType.class);
        if (type.isEmpty()) {
            if (!m.has("type")) {
                m.missing("type");
            }
            return Optional.empty(); // without a type the other keys cannot be judged
        }
        List<String> objectives = required(m, "objectives");
        List<String> concepts = required(m, "concepts");
        String stem = m.text("stem");
        Optional<Cognitive> cognitive = AuditKeys.cognitive(m);
        Optional<AuditAcceptance> audit = AuditKeys.acceptance(m);
        Item item = switch (type.get()) {
            case SINGLE_CHOICE -> new SingleChoice(id, objectives, concepts, stem, creditOptions(m), cognitive, audit);
            case MULTIPLE_RESPONSE ->
                new MultipleResponse(id, objectives, concepts, stem, responseOptions(m), cognitive, audit);
            case TRUE_FALSE -> trueFalse(m, id, objectives, concepts, stem, cognitive, audit);
            case MATCHING ->
                new Matching(
                        id,
                        objectives,
                        concepts,
                        stem,
                        pairs(m),
                        m.strings("distractors"),
                        m.text("feedback"),
                        cognitive,
                        audit);
            case ORDERING ->
                new Ordering(id, objectives, concepts, stem, steps(m), m.text("feedback"), cognitive, audit);
            case SHORT_TEXT -> shortText(m, id, objectives, concepts, stem, cognitive, audit);
            case BEST_RESPONSE ->
                new BestResponseItem(
                        id,
                        objectives,
                        concepts,
                        stem,
                        m.text("client"),
                        m.optText("cue"),
                        RatingsReader.options(m),
                        cognitive,
                        audit);
        };
        m.finish();
        return Optional.of(item);
    }

    /** A list of ids that must be present (it may still be empty; the validator says so). */
    static List<String> required(YamlMap m, String key) {
        if (!m.has(key)) {
            m.missing(key);
            return List.of();
        }
        return m.strings(key);
    }

    private static List<CreditOption> creditOptions(YamlMap m) {
        List<CreditOption> options = new ArrayList<>();
        for (YamlMap o : optionMaps(m, "options")) {
            double credit = o.number("credit", 0);
            CourseFileReader.fraction(o, "credit", credit);
            options.add(
                    new CreditOption(o.id(), o.text("text"), credit, o.optText("misconception"), o.text("feedback")));
            o.finish();
        }
        return options;
    }

    private static List<ResponseOption> responseOptions(YamlMap m) {
        List<ResponseOption> options = new ArrayList<>();
        for (YamlMap o : optionMaps(m, "options")) {
            options.add(new ResponseOption(
                    o.id(), o.text("text"), o.bool("correct", false), o.optText("misconception"), o.text("feedback")));
            o.finish();
        }
        return options;
    }

    private static List<YamlMap> optionMaps(YamlMap m, String key) {
        if (!m.has(key)) {
            m.missing(key);
        }
        return m.maps(key);
    }

    private static TrueFalse trueFalse(
            YamlMap m,
            String id,
            List<String> objectives,
            List<String> concepts,
            String stem,
            Optional<Cognitive> cognitive,
            Optional<AuditAcceptance> audit) {
        boolean answer = m.bool("answer", true);
        if (!m.has("answer")) {
            m.missing("answer");
        }
        String[] feedback = {"", ""};
        m.map("feedback")
                .ifPresentOrElse(
                        f -> {
                            feedback[0] = f.text("true");
                            feedback[1] = f.text("false");
                            f.finish();
                        },
                        () -> m.missing("feedback"));
        return new TrueFalse(
                id,
                objectives,
                concepts,
                stem,
                answer,
                m.optText("misconception"),
                feedback[0],
                feedback[1],
                cognitive,
                audit);
    }

    private static List<MatchPair> pairs(YamlMap m) {
        List<MatchPair> pairs = new ArrayList<>();
        for (YamlMap p : optionMaps(m, "pairs")) {
            pairs.add(new MatchPair(p.id(), p.text("prompt"), p.text("match")));
            p.finish();
        }
        return pairs;
    }

    private static List<OrderStep> steps(YamlMap m) {
        List<OrderStep> steps = new ArrayList<>();
        for (YamlMap s : optionMaps(m, "items")) {
            steps.add(new OrderStep(s.id(), s.text("text")));
            s.finish();
        }
        return steps;
    }

    private static ShortText shortText(
            YamlMap m,
            String id,
            List<String> objectives,
            List<String> concepts,
            String stem,
            Optional<Cognitive> cognitive,
            Optional<AuditAcceptance> audit) {
        List<AcceptedAnswer> accept = new ArrayList<>();
        for (YamlMap a : optionMaps(m, "accept")) {
            double credit = a.number("credit", 1);
            CourseFileReader.fraction(a, "credit", credit);
            accept.add(new AcceptedAnswer(a.text("text"), credit, a.textOr("feedback", "")));
            a.finish();
        }
        Normalisation normalise = m.map("normalise")
                .map(n -> {
                    Normalisation result = new Normalisation(
                            n.bool("case", true), n.bool("whitespace", true), n.bool("punctuation", true));
                    n.finish();
                    return result;
                })
                .orElseGet(Normalisation::defaults);
        return new ShortText(
                id, objectives, concepts, stem, accept, normalise, m.text("feedback_wrong"), cognitive, audit);
    }
}
