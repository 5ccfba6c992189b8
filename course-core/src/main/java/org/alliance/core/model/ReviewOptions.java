package org.alliance.core.model;

import java.util.List;

/** What the student sees during an attempt, after submitting it, and after the quiz closes. */
public record ReviewOptions(List<ReviewDetail> during, List<ReviewDetail> afterSubmit, List<ReviewDetail> afterClose) {

    public ReviewOptions {
        during = List.copyOf(during);
        afterSubmit = List.copyOf(afterSubmit);
        afterClose = List.copyOf(afterClose);
    }

    public static ReviewOptions defaults() {
        return new ReviewOptions(
                List.of(ReviewDetail.FEEDBACK),
                List.of(ReviewDetail.SCORE, ReviewDetail.CORRECTNESS, ReviewDetail.FEEDBACK, ReviewDetail.RATIONALE),
                List.of(
                        ReviewDetail.SCORE,
                        ReviewDetail.CORRECTNESS,
                        ReviewDetail.FEEDBACK,
                        ReviewDetail.RATIONALE,
                        ReviewDetail.KEY));
    }
}
