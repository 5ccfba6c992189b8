package org.alliance.web.vignette;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.alliance.web.account.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The vignette feature's share of "My data": every vignette attempt with its choices, answers, free text,
 * self-assessment, note and unsent draft reply. On deletion the attempts move to the alias with scores kept, and
 * the free text, drafts and notes, which are the person's own words, are removed.
 */
@Component
class VignettePersonalData implements PersonalData {
    private final VignetteStore store;

    VignettePersonalData(VignetteStore store) {
        this.store = store;
    }

    record Attempt(
            String id,
            String courseId,
            String vignetteId,
            String contentHash,
            Instant startedAt,
            @Nullable Instant finishedAt,
            boolean excused,
            @Nullable Double score,
            @Nullable String chosenOption,
            @Nullable String ratings,
            @Nullable String freeText,
            @Nullable String selfAssessment,
            @Nullable String explanation,
            @Nullable String draftText,
            List<String> choices) {}

    @Override
    public String section() {
        return "vignetteAttempts";
    }

    @Override
    public List<Attempt> export(String username) {
        Map<Long, List<String>> steps = store.stepsBy(username);
        Map<Long, String> drafts = store.draftsBy(username);
        return store.allBy(username).stream()
                .map(a -> new Attempt(
                        a.publicId(),
                        a.courseId(),
                        a.vignetteId(),
                        a.contentHash(),
                        a.startedAt(),
                        a.finishedAt(),
                        a.excused(),
                        a.score(),
                        a.chosenOption(),
                        a.ratings(),
                        a.freeText(),
                        a.selfAssessment(),
                        a.explanation(),
                        drafts.get(a.id()),
                        steps.getOrDefault(a.id(), List.of())))
                .toList();
    }

    @Override
    public void anonymise(String username, String alias) {
        store.reassignWithoutOwnWords(username, alias);
    }
}
