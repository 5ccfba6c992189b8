package org.alliance.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Course;
import org.alliance.core.model.CreditOption;
import org.alliance.core.model.Item;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Node;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.ResponseOption;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.Vignette;

/** Every option set of a course, in course order. */
final class OptionSets {

    private static final double TIE = 1e-9;

    private OptionSets() {}

    static List<OptionSet> of(Course course) {
        List<OptionSet> sets = new ArrayList<>();
        for (Quiz quiz : course.quizzes()) {
            for (Item item : quiz.items()) {
                item(quiz, item).ifPresent(sets::add);
            }
        }
        for (Vignette v : course.vignettes()) {
            String path = Paths.vignette(v);
            switch (v) {
                case BestResponseVignette b ->
                    sets.add(rated(OptionSet.Kind.OPTION_VIGNETTE, path, Optional.empty(), b.options()));
                case RateOptionsVignette r ->
                    sets.add(rated(OptionSet.Kind.OPTION_VIGNETTE, path, Optional.empty(), r.options()));
                case BranchingVignette b -> b.nodes().forEach(n -> sets.add(node(path, n)));
                default -> {}
            }
        }
        return sets;
    }

    static Optional<OptionSet> item(Quiz quiz, Item item) {
        String path = Paths.item(quiz, item);
        Optional<String> quizId = Optional.of(quiz.id());
        return switch (item) {
            case SingleChoice s ->
                Optional.of(new OptionSet(
                        OptionSet.Kind.CHOICE_ITEM,
                        path,
                        path + ".options",
                        quizId,
                        s.options().stream()
                                .map((CreditOption o) -> new OptionSet.Option(
                                        o.id(),
                                        o.text(),
                                        path + ".options[" + o.id() + "].text",
                                        o.credit() >= 1 - TIE,
                                        o.credit()))
                                .toList()));
            case MultipleResponse m ->
                Optional.of(new OptionSet(
                        OptionSet.Kind.MULTIPLE_RESPONSE,
                        path,
                        path + ".options",
                        quizId,
                        m.options().stream()
                                .map((ResponseOption o) -> new OptionSet.Option(
                                        o.id(),
                                        o.text(),
                                        path + ".options[" + o.id() + "].text",
                                        o.correct(),
                                        o.correct() ? 1 : 0))
                                .toList()));
            case BestResponseItem b -> Optional.of(rated(OptionSet.Kind.CHOICE_ITEM, path, quizId, b.options()));
            default -> Optional.empty();
        };
    }

    private static OptionSet rated(
            OptionSet.Kind kind, String path, Optional<String> quizId, List<RatedOption> options) {
        double top = options.stream()
                .mapToDouble(o -> o.ratings().mean().orElse(0))
                .max()
                .orElse(0);
        return new OptionSet(
                kind,
                path,
                path + ".options",
                quizId,
                options.stream()
                        .map(o -> {
                            double mean = o.ratings().mean().orElse(0);
                            return new OptionSet.Option(
                                    o.id(), o.text(), path + ".options[" + o.id() + "].text", mean >= top - TIE, mean);
                        })
                        .toList());
    }

    private static OptionSet node(String vignettePath, Node n) {
        String path = vignettePath + ".nodes[" + n.id() + "]";
        double top = n.choices().stream()
                .mapToDouble(c -> c.ratings().mean().orElse(0))
                .max()
                .orElse(0);
        return new OptionSet(
                OptionSet.Kind.BRANCHING_NODE,
                path,
                path + ".choices",
                Optional.empty(),
                n.choices().stream()
                        .map((Choice c) -> {
                            double mean = c.ratings().mean().orElse(0);
                            return new OptionSet.Option(
                                    c.id(), c.text(), path + ".choices[" + c.id() + "].text", mean >= top - TIE, mean);
                        })
                        .toList());
    }
}
