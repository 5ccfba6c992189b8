package org.alliance.core.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliance.core.model.AllianceMeter;
import org.alliance.core.model.AuditAcceptance;
import org.alliance.core.model.Branch;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Ending;
import org.alliance.core.model.MeterCondition;
import org.alliance.core.model.Node;
import org.alliance.core.model.Outcome;
import org.alliance.core.model.VignetteHeader;
import org.alliance.core.validation.ProblemCode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the graph of a branching vignette: meter, nodes with choices, endings. */
final class BranchingReader {

    private BranchingReader() {}

    static BranchingVignette read(YamlMap m, VignetteHeader header) {
        String start = m.text("start");
        AllianceMeter meter = m.map("alliance")
                .map(a -> {
                    AllianceMeter d = AllianceMeter.defaults();
                    AllianceMeter result = new AllianceMeter(
                            a.integer("start", d.start()), a.integer("min", d.min()), a.integer("max", d.max()));
                    if (result.min() >= result.max()
                            || result.start() < result.min()
                            || result.start() > result.max()) {
                        a.context()
                                .report(
                                        ProblemCode.OUT_OF_RANGE,
                                        a.location(),
                                        a.path(),
                                        "field",
                                        "alliance",
                                        "value",
                                        "start " + result.start() + ", min " + result.min() + ", max " + result.max(),
                                        "range",
                                        "min <= start <= max, min < max");
                    }
                    a.finish();
                    return result;
                })
                .orElseGet(AllianceMeter::defaults);
        List<Node> nodes = new ArrayList<>();
        for (YamlMap n : m.maps("nodes")) {
            nodes.add(node(n));
        }
        if (!m.has("nodes")) {
            m.missing("nodes");
        }
        List<Ending> endings = new ArrayList<>();
        for (YamlMap e : m.maps("endings")) {
            double bonus = e.number("bonus", 0);
            CourseFileReader.fraction(e, "bonus", bonus);
            Outcome outcome = e.optChoice("outcome", Outcome.class).orElseGet(() -> {
                if (!e.has("outcome")) {
                    e.missing("outcome");
                }
                return Outcome.NEUTRAL;
            });
            endings.add(new Ending(e.id(), e.textOr("client", ""), outcome, bonus, e.textOr("summary", "")));
            e.finish();
        }
        return new BranchingVignette(header, start, meter, nodes, endings);
    }

    private static Node node(YamlMap n) {
        String id = n.id();
        String client = n.text("client");
        Optional<String> cue = n.optText("cue");
        List<Choice> choices = new ArrayList<>();
        for (YamlMap c : n.maps("choices")) {
            choices.add(choice(c));
        }
        if (!n.has("choices")) {
            n.missing("choices");
        }
        Optional<AuditAcceptance> audit = AuditKeys.acceptance(n);
        n.finish();
        return new Node(id, client, cue, choices, audit);
    }

    private static Choice choice(YamlMap c) {
        Choice choice = new Choice(
                c.id(),
                c.text("text"),
                RatingsReader.read(c),
                c.text("feedback"),
                c.optText("misconception"),
                c.integer("alliance", 0),
                c.bool("repairs", false),
                c.bool("safety", false),
                c.map("requires").map(BranchingReader::condition),
                next(c),
                c.optText("safety_reason"));
        c.finish();
        return choice;
    }

    private static List<Branch> next(YamlMap c) {
        Optional<org.snakeyaml.engine.v2.nodes.Node> value = c.node("next");
        if (value.isEmpty()) {
            c.missing("next");
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode)) {
            return c.optText("next").map(Branch::to).map(List::of).orElse(List.of());
        }
        List<Branch> branches = new ArrayList<>();
        for (YamlMap b : c.maps("next")) {
            Optional<MeterCondition> when = b.map("when").map(BranchingReader::condition);
            branches.add(new Branch(when, b.text("go")));
            b.finish();
        }
        return branches;
    }

    private static MeterCondition condition(YamlMap w) {
        MeterCondition condition =
                new MeterCondition(w.optInteger("alliance_at_least"), w.optInteger("alliance_below"));
        if (condition.atLeast().isEmpty()
                && condition.below().isEmpty()
                && !w.has("alliance_at_least")
                && !w.has("alliance_below")) {
            w.missing("alliance_at_least");
        }
        w.finish();
        return condition;
    }
}
