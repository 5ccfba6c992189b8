package org.alliance.web.vignette;

import java.util.Optional;
import org.alliance.web.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A free-text vignette reply kept as the student types it, on their own attempt while it is open, and given back
 * when they open the attempt again. A draft is never an answer: nothing scores or grades it, instructors never
 * see it, and sending the reply clears it. Another's attempt, or a finished one, has no draft to keep or read.
 */
@Service
public class FreeTextDrafts {
    private static final int MAX_LENGTH = 8000;
    private final VignetteStore store;
    private final CurrentUser currentUser;

    FreeTextDrafts(VignetteStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /** Keeps the reply as typed; false when there is no open attempt of the caller's to keep it on. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean save(String publicId, String text) {
        String kept = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        return openAttempt(publicId).map(id -> store.saveDraft(id, kept)).orElse(false);
    }

    /** The draft of the caller's open attempt, if one was kept. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> draft(String publicId) {
        return openAttempt(publicId).flatMap(store::draft);
    }

    private Optional<Long> openAttempt(String publicId) {
        String me = currentUser.require();
        return store.byPublicId(publicId)
                .filter(row -> row.username().equals(me) && !row.finished())
                .map(VignetteStore.Row::id);
    }
}
