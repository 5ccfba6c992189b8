package org.alliance.web.learning;

import java.time.Instant;
import java.util.List;
import org.alliance.web.account.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Learning's share of "My data": which lessons the user opened and marked done. On deletion the rows are
 * deleted, not aliased: reading traces are nobody's record (no grade rests on them), so keeping them even
 * anonymously would keep more than is needed.
 */
@Component
class LessonProgressPersonalData implements PersonalData {
    private final LessonProgressStore store;

    LessonProgressPersonalData(LessonProgressStore store) {
        this.store = store;
    }

    /** One lesson's progress as exported. */
    record Visit(
            String courseId,
            String lessonId,
            Instant lastVisitedAt,
            @Nullable Instant completedAt) {}

    @Override
    public String section() {
        return "lessonProgress";
    }

    @Override
    public List<Visit> export(String username) {
        return store.visitsOf(username);
    }

    @Override
    public void anonymise(String username, String alias) {
        store.deleteAllOf(username);
    }
}
