package org.alliance.web.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliance.core.agreement.Release;
import org.alliance.core.scoring.vignette.FreeTextScoring;
import org.alliance.core.scoring.vignette.SelfAssessment;
import org.alliance.web.vignette.FreeTextAnswers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's released grade of their own free-text answer: the rating per dimension, their self-assessment
 * beside it, and the comment. Never who rated: raters' names are for teachers only.
 */
@Service
public class ReleasedGrades {
    private final FreeTextAnswers answers;
    private final GradingStore store;

    ReleasedGrades(FreeTextAnswers answers, GradingStore store) {
        this.answers = answers;
        this.store = store;
    }

    /** @param gap self-assessment minus the released rating (positive: the student rated themselves higher) */
    public record Dimension(String id, String name, double rating, Optional<Integer> self, Optional<Double> gap) {}

    public record Feedback(
            double score,
            boolean safetyFlagged,
            List<Dimension> dimensions,
            Optional<String> comment,
            int min,
            int max) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Feedback> forMyAnswer(String publicId) {
        return answers.ownAnswer(publicId)
                .flatMap(a -> store.release(a.id()).map(r -> {
                    var gaps = FreeTextScoring.selfAssessmentGap(
                            new SelfAssessment(a.selfAssessment()),
                            new Release.Released(r.score(), r.ratings(), r.safetyFlagged(), false));
                    List<Dimension> dimensions = new ArrayList<>();
                    for (var d : a.rubric()) {
                        Double rating = r.ratings().get(d.id());
                        if (rating != null) {
                            dimensions.add(new Dimension(
                                    d.id(),
                                    d.name(),
                                    rating,
                                    Optional.ofNullable(a.selfAssessment().get(d.id())),
                                    Optional.ofNullable(gaps.get(d.id()))));
                        }
                    }
                    return new Feedback(
                            r.score(),
                            r.safetyFlagged(),
                            dimensions,
                            Optional.ofNullable(r.comment()).filter(c -> !c.isBlank()),
                            a.scale().min(),
                            a.scale().max());
                }));
    }
}
