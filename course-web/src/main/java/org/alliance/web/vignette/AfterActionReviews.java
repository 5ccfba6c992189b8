package org.alliance.web.vignette;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The after-action review of a submitted branching attempt, for its owner (who may then replay from a turn as
 * practice) or for someone who teaches the course (read-only). Anything else, and any attempt not yet submitted,
 * reads as not found.
 */
@Service
public class AfterActionReviews {
    private final SubmittedAttempts submitted;
    private final VignetteStore store;

    AfterActionReviews(SubmittedAttempts submitted, VignetteStore store) {
        this.submitted = submitted;
        this.store = store;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AfterActionReview> review(String publicId) {
        return submitted
                .readable(publicId)
                .flatMap(s -> AfterActionReviewer.of(
                        s.course(),
                        s.vignette(),
                        new AfterActionReviewer.Attempt(
                                s.row().publicId(),
                                s.row().courseId(),
                                Optional.ofNullable(s.row().score()),
                                s.row().safetyFlagged()),
                        store.steps(s.row().id()),
                        s.owner()));
    }
}
