package org.alliance.web.vignette;

import java.time.Duration;
import org.alliance.web.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice log's figures for "My progress": how much a student has practised by replaying submitted vignettes.
 * Practice is personal and never graded, so a student reads only their own.
 */
@Service
public class VignettePracticeLog {
    private final VignettePracticeStore store;
    private final CurrentUser currentUser;

    VignettePracticeLog(VignettePracticeStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /** Practice replays the signed-in student began and finished, and the minutes spent in them. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PracticeSummary mine() {
        String accountId = currentUser.require();
        var spans = store.spansBy(accountId);
        var time = spans.stream()
                .map(s -> Duration.between(s.startedAt(), s.lastAt()))
                .filter(d -> !d.isNegative())
                .reduce(Duration.ZERO, Duration::plus);
        int finished = (int)
                spans.stream().filter(VignettePracticeStore.Span::finished).count();
        return new PracticeSummary(spans.size(), finished, Math.round(time.toSeconds() / 60.0));
    }
}
