package org.alliance.core.practice;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliance.core.model.DrillStatement;

/**
 * Which statement of a level comes next in a round: first those due again by the spacing schedule (lowest box
 * first), then those never practised (in the author's order), then the rest by when they fall due. A statement
 * already practised in this round comes again only when every statement of the level has been.
 */
public final class StatementPicker {
    private StatementPicker() {}

    public static Optional<DrillStatement> next(
            List<DrillStatement> level, Map<String, Box> boxes, Set<String> practisedThisRound, int round) {
        List<DrillStatement> fresh =
                level.stream().filter(s -> !practisedThisRound.contains(s.id())).toList();
        List<DrillStatement> pool = fresh.isEmpty() ? level : fresh;
        Optional<DrillStatement> due = pool.stream()
                .filter(s -> boxes.containsKey(s.id()) && boxes.get(s.id()).dueIn(round))
                .min(Comparator.comparingInt(
                                (DrillStatement s) -> boxes.get(s.id()).box())
                        .thenComparingInt(s -> boxes.get(s.id()).dueRound()));
        if (due.isPresent()) {
            return due;
        }
        Optional<DrillStatement> unseen =
                pool.stream().filter(s -> !boxes.containsKey(s.id())).findFirst();
        if (unseen.isPresent()) {
            return unseen;
        }
        return pool.stream().min(Comparator.comparingInt(s -> boxes.get(s.id()).dueRound()));
    }
}
