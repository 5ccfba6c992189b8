package org.alliance.core.scoring.vignette;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.agreement.RaterRatings;
import org.alliance.core.agreement.Release;
import org.alliance.core.agreement.ReleaseRule;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.RatingScale;

/**
 * Free-text vignettes are graded by instructors on the vignette's dimensions; see
 * {@link ReleaseRule} for when a score is released. The student's {@link SelfAssessment} has no
 * parameter here on purpose: it cannot count.
 */
public final class FreeTextScoring {

    private FreeTextScoring() {}

    public static Release release(
            FreeTextVignette vignette,
            RatingScale scale,
            List<RaterRatings> raters,
            Optional<RaterRatings> resolution) {
        return ReleaseRule.decide(vignette.dimensions(), scale.min(), scale.max(), raters, resolution);
    }

    /**
     * Per dimension, how far the student's self-rating is from the released rating (positive: the
     * student rated themselves higher). Dimensions the student did not rate are left out.
     */
    public static Map<String, Double> selfAssessmentGap(SelfAssessment self, Release.Released released) {
        var gaps = new LinkedHashMap<String, Double>();
        released.dimensionRatings().forEach((dimension, rating) -> {
            Integer own = self.ratings().get(dimension);
            if (own != null) {
                gaps.put(dimension, own - rating);
            }
        });
        return Collections.unmodifiableMap(gaps);
    }
}
