package org.alliance.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Weight per activity kind in the course grade; {@code activities} overrides single activities by id. */
public record Weights(double quiz, double vignette, double reflection, Map<String, Double> activities) {

    public Weights {
        activities = Collections.unmodifiableMap(new LinkedHashMap<>(activities));
    }

    public static Weights defaults() {
        return new Weights(1, 1, 0, Map.of());
    }

    /** The weight of one activity in the course grade. */
    public double of(Activity activity) {
        if (activity.kind() == ActivityKind.DRILL) {
            return 0; // never graded, whatever a (refused) override says
        }
        Double override = activities.get(activity.id());
        if (override != null) {
            return override;
        }
        return switch (activity.kind()) {
            case QUIZ -> quiz;
            case VIGNETTE -> vignette;
            case REFLECTION -> reflection;
            case DRILL -> 0;
        };
    }
}
