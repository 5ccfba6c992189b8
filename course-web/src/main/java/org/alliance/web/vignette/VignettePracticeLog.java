package org.alliance.web.vignette;

import java.time.Duration;
import org.alliance.web.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice log's figures for "My progress": how much a student has practised by replaying submitted vignettes.
 * Practice is personal and never graded, so only the student themself may read it.
 */
@Service
public class VignettePracticeLog {
    private final VignettePracticeStore store;
    private final CurrentUser currentUser;

    VignettePracticeLog(VignettePracticeStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /**
     * Practice replays begun and finished by {@code accountId} (a username) and the minutes spent in them.
     *
     * @throws AccessDeniedException when {@code accountId} is not the signed-in user
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PracticeSummary summary(String accountId) {
        if (!accountId.equals(currentUser.require())) {
            throw new AccessDeniedException("a practice log is its owner's only");
        }
        var spans = store.spansBy(accountId);
        var time = spans.stream()
                .map(s -> Duration.between(s.startedAt(), s.lastAt()))
                .filter(d -> !d.isNegative())
                .reduce(Duration.ZERO, Duration::plus);
        int finished = (int) store.allBy(accountId).stream()
                .filter(p -> p.finishedAt() != null)
                .count();
        return new PracticeSummary(spans.size(), finished, Math.round(time.toSeconds() / 60.0));
    }
}
