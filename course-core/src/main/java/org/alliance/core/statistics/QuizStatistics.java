package org.alliance.core.statistics;

import java.util.List;
import java.util.OptionalDouble;

/** Item statistics for every item of one quiz, plus its reliability (Cronbach's alpha). */
public record QuizStatistics(int responses, List<ItemStatistics> items, OptionalDouble alpha) {

    public QuizStatistics {
        items = List.copyOf(items);
    }
}
