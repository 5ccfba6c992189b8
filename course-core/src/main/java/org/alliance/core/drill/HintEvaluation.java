package org.alliance.core.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.alliance.core.model.Drill;
import org.alliance.core.model.DrillHint;
import org.alliance.core.model.DrillStatement;

/**
 * How one hint's detector does on a drill's own responses: it must stay silent on every example response (a
 * hint that fires on a good response would scold a good student), and it is measured on the labelled poor
 * responses, where it should fire.
 *
 * @param switchedOn whether the drill's author switched the hint on
 * @param onExamples the example responses it fires on, each with its statement
 * @param poor how many poor responses the drill has in all
 * @param poorHit how many of those it fires on
 */
public record HintEvaluation(DrillHint hint, boolean switchedOn, List<Hit> onExamples, int poor, int poorHit) {

    /** The fewest poor responses a drill needs before a switched-on hint counts as measured. */
    public static final int MIN_POOR = 3;

    public HintEvaluation {
        onExamples = List.copyOf(onExamples);
    }

    /** An example response a detector fired on: its statement, its position among the statement's examples. */
    public record Hit(String statementId, int index, String text) {}

    /** Every hint of the format, evaluated on the drill, in the format's order. */
    public static List<HintEvaluation> of(Drill drill) {
        List<HintEvaluation> result = new ArrayList<>();
        for (DrillHint hint : DrillHint.values()) {
            result.add(of(drill, hint));
        }
        return result;
    }

    public static HintEvaluation of(Drill drill, DrillHint hint) {
        List<Hit> hits = new ArrayList<>();
        int poor = 0;
        int poorHit = 0;
        for (DrillStatement statement : drill.allStatements()) {
            for (int i = 0; i < statement.examples().size(); i++) {
                String example = statement.examples().get(i);
                if (HintDetectors.fires(hint, example)) {
                    hits.add(new Hit(statement.id(), i, example));
                }
            }
            for (String response : statement.poor()) {
                poor++;
                if (HintDetectors.fires(hint, response)) {
                    poorHit++;
                }
            }
        }
        return new HintEvaluation(hint, drill.hints().contains(hint), hits, poor, poorHit);
    }

    /** How many example responses it fires on (0 for a hint that may be switched on). */
    public int examplesHit() {
        return onExamples.size();
    }

    /** The share of poor responses it fires on; empty when the drill has none. */
    public OptionalDouble hitRate() {
        return poor == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) poorHit / poor);
    }

    /** Whether there are enough poor responses to say how well it does. */
    public boolean measured() {
        return poor >= MIN_POOR;
    }
}
