package org.alliance.web.drill;

import java.util.List;
import org.alliance.core.drill.HintDetectors;
import org.alliance.core.model.Drill;
import org.alliance.core.model.DrillHint;
import org.alliance.core.model.DrillStatement;
import org.alliance.web.drill.DrillViews.TryView;

/**
 * What a try earns once it is sent: the statement's criteria as a checklist, its example responses, and the
 * drill's switched-on hints that fire on the response (the validator has made sure none fires on an example).
 */
final class Reveals {
    private Reveals() {}

    static TryView of(Drill drill, DrillStatement statement, DrillStore.Try attempt, boolean feedbackRequested) {
        List<String> hints = drill.hints().stream()
                .filter(h -> HintDetectors.fires(h, attempt.response()))
                .map(DrillHint::key)
                .toList();
        return new TryView(
                attempt.id(),
                attempt.number(),
                attempt.response(),
                drill.criteriaFor(statement),
                attempt.ticked(),
                statement.examples(),
                hints,
                feedbackRequested);
    }
}
