package org.alliance.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Concept;
import org.alliance.core.model.Course;
import org.alliance.core.model.CreditOption;
import org.alliance.core.model.Drill;
import org.alliance.core.model.DrillStatement;
import org.alliance.core.model.Ending;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.Item;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Level;
import org.alliance.core.model.MatchPair;
import org.alliance.core.model.Matching;
import org.alliance.core.model.Misconception;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Node;
import org.alliance.core.model.OrderStep;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.Reflection;
import org.alliance.core.model.ResponseOption;
import org.alliance.core.model.ShortText;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.model.Vignette;
import org.alliance.core.model.VignetteHeader;

/**
 * Every text a student sees, with its path as the content files name it. All of it is rendered
 * as Markdown (inline for short texts), so all of it is checked for HTML, links and citations.
 */
final class TextFields {

    private final List<TextField> fields = new ArrayList<>();

    private TextFields() {}

    static List<TextField> of(Course course) {
        TextFields t = new TextFields();
        t.add("course.summary", course.summary());
        t.add("course.audience", course.audience());
        t.add("course.front_matter", course.frontMatter());
        t.add("course.support", course.support());
        for (Lesson lesson : course.lessons()) {
            String path = "lessons[" + lesson.id() + "]";
            t.add(path + ".body", lesson.body());
            lesson.objectives().forEach(o -> t.add(path + ".objectives[" + o.id() + "].text", o.text()));
            for (var activity : lesson.activities()) {
                switch (activity) {
                    case Quiz q -> q.items().forEach(i -> t.item("quizzes[" + q.id() + "].items[" + i.id() + "]", i));
                    case Vignette v -> t.vignette("vignettes[" + v.id() + "]", v);
                    case Reflection r -> t.add("reflections[" + r.id() + "].prompt", r.prompt());
                    case Drill d -> t.drill("drills[" + d.id() + "]", d);
                }
            }
        }
        for (Concept c : course.concepts()) {
            String path = "concepts[" + c.id() + "]";
            t.add(path + ".definition", c.definition());
            for (Misconception m : c.misconceptions()) {
                t.add(path + ".misconceptions[" + m.id() + "].text", m.text());
                t.add(path + ".misconceptions[" + m.id() + "].correction", m.correction());
            }
        }
        return t.fields;
    }

    private void add(String path, String text) {
        if (!text.isEmpty()) {
            fields.add(new TextField(path, text));
        }
    }

    private void item(String path, Item item) {
        add(path + ".stem", item.stem());
        switch (item) {
            case SingleChoice s -> {
                for (CreditOption o : s.options()) {
                    add(path + ".options[" + o.id() + "].text", o.text());
                    add(path + ".options[" + o.id() + "].feedback", o.feedback());
                }
            }
            case MultipleResponse m -> {
                for (ResponseOption o : m.options()) {
                    add(path + ".options[" + o.id() + "].text", o.text());
                    add(path + ".options[" + o.id() + "].feedback", o.feedback());
                }
            }
            case TrueFalse tf -> {
                add(path + ".feedback.true", tf.feedbackTrue());
                add(path + ".feedback.false", tf.feedbackFalse());
            }
            case Matching m -> {
                for (MatchPair p : m.pairs()) {
                    add(path + ".pairs[" + p.id() + "].prompt", p.prompt());
                    add(path + ".pairs[" + p.id() + "].match", p.match());
                }
                for (int i = 0; i < m.distractors().size(); i++) {
                    add(path + ".distractors[" + i + "]", m.distractors().get(i));
                }
                add(path + ".feedback", m.feedback());
            }
            case Ordering o -> {
                for (OrderStep s : o.steps()) {
                    add(path + ".items[" + s.id() + "].text", s.text());
                }
                add(path + ".feedback", o.feedback());
            }
            case ShortText s -> {
                for (int i = 0; i < s.accept().size(); i++) {
                    add(path + ".accept[#" + i + "].feedback", s.accept().get(i).feedback());
                }
                add(path + ".feedback_wrong", s.feedbackWrong());
            }
            case BestResponseItem b -> {
                add(path + ".client", b.client());
                b.cue().ifPresent(cue -> add(path + ".cue", cue));
                rated(path, b.options());
            }
        }
    }

    private void vignette(String path, Vignette v) {
        VignetteHeader h = v.header();
        add(path + ".title", h.title());
        add(path + ".context", h.context());
        add(path + ".commentary", h.commentary());
        add(path + ".persona.about", h.persona().about());
        h.contentNote().ifPresent(note -> add(path + ".content_note", note));
        switch (v) {
            case BestResponseVignette b -> {
                add(path + ".client", b.client());
                b.cue().ifPresent(cue -> add(path + ".cue", cue));
                b.stem().ifPresent(stem -> add(path + ".stem", stem));
                rated(path, b.options());
            }
            case RateOptionsVignette r -> {
                add(path + ".client", r.client());
                r.cue().ifPresent(cue -> add(path + ".cue", cue));
                r.stem().ifPresent(stem -> add(path + ".stem", stem));
                rated(path, r.options());
            }
            case FreeTextVignette f -> {
                add(path + ".client", f.client());
                f.cue().ifPresent(cue -> add(path + ".cue", cue));
                add(path + ".prompt", f.prompt());
                f.examples().forEach((level, text) -> add(path + ".examples." + level, text));
                for (Map.Entry<String, Map<Integer, String>> a : f.anchors().entrySet()) {
                    a.getValue().forEach((level, text) -> add(path + ".anchors." + a.getKey() + "." + level, text));
                }
            }
            case BranchingVignette b -> {
                for (Node n : b.nodes()) {
                    String nodePath = path + ".nodes[" + n.id() + "]";
                    add(nodePath + ".client", n.client());
                    n.cue().ifPresent(cue -> add(nodePath + ".cue", cue));
                    for (Choice c : n.choices()) {
                        add(nodePath + ".choices[" + c.id() + "].text", c.text());
                        add(nodePath + ".choices[" + c.id() + "].feedback", c.feedback());
                    }
                }
                for (Ending e : b.endings()) {
                    add(path + ".endings[" + e.id() + "].client", e.client());
                    add(path + ".endings[" + e.id() + "].summary", e.summary());
                }
            }
        }
    }

    private void drill(String path, Drill d) {
        add(path + ".title", d.title());
        add(path + ".skill", d.skill());
        d.contentNote().ifPresent(note -> add(path + ".content_note", note));
        d.criteria().forEach(c -> add(path + ".criteria[" + c.id() + "].text", c.text()));
        indexed(path + ".avoid", d.avoid());
        for (Level level : Level.values()) {
            for (DrillStatement s : d.statements(level)) {
                String at = path + ".levels." + level.name().toLowerCase(Locale.ROOT) + "[" + s.id() + "]";
                add(at + ".context", s.context());
                add(at + ".tone", s.tone());
                add(at + ".client", s.client());
                indexed(at + ".examples", s.examples());
                indexed(at + ".poor", s.poor());
            }
        }
    }

    private void indexed(String path, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            add(path + "[" + i + "]", texts.get(i));
        }
    }

    private void rated(String path, List<RatedOption> options) {
        for (RatedOption o : options) {
            add(path + ".options[" + o.id() + "].text", o.text());
            add(path + ".options[" + o.id() + "].rationale", o.rationale());
        }
    }
}
