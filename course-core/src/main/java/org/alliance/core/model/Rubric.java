package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** The course's rating scale and rubric dimensions, used by vignettes and best-response items. */
public record Rubric(RatingScale scale, List<Dimension> dimensions) {

    public Rubric {
        dimensions = List.copyOf(dimensions);
    }

    public Optional<Dimension> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
    }
}
