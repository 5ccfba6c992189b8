package org.alliance.web.vignette;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.alliance.web.account.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Practice replays in "My data": each with the attempt it rewound, the turn it began at and the choices made. On
 * deletion they are removed, not moved to the alias: no grade or statistic rests on practice.
 */
@Component
class VignettePracticePersonalData implements PersonalData {
    private final VignettePracticeStore store;

    VignettePracticePersonalData(VignettePracticeStore store) {
        this.store = store;
    }

    record Replay(
            String id,
            String attemptId,
            String courseId,
            String vignetteId,
            int fromTurn,
            String fromNode,
            Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable String endingId,
            List<String> choices) {}

    @Override
    public String section() {
        return "vignettePractice";
    }

    @Override
    public List<Replay> export(String username) {
        Map<Long, List<String>> steps = store.stepsBy(username);
        Map<Long, String> attempts = store.attemptIdsBy(username);
        return store.allBy(username).stream()
                .map(p -> new Replay(
                        p.publicId(),
                        attempts.getOrDefault(p.attemptId(), ""),
                        p.courseId(),
                        p.vignetteId(),
                        p.fromTurn(),
                        p.fromNode(),
                        p.startedAt(),
                        p.finishedAt(),
                        p.endingId(),
                        steps.getOrDefault(p.id(), List.of())))
                .toList();
    }

    @Override
    public void anonymise(String username, String alias) {
        store.deleteAllBy(username);
    }
}
