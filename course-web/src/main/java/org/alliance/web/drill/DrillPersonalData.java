package org.alliance.web.drill;

import java.time.Instant;
import java.util.List;
import org.alliance.web.account.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Drills in "My data": every response, difficulty rating and feedback exported; deleted with the account, since
 * practice grades nothing. Feedback an instructor wrote stays with the student's response, under an alias.
 */
@Component
class DrillPersonalData implements PersonalData {
    private final PracticeStore store;

    DrillPersonalData(PracticeStore store) {
        this.store = store;
    }

    record TryRecord(
            String courseId,
            String drillId,
            int round,
            String statementId,
            String level,
            @Nullable String difficulty,
            int tryNumber,
            String response,
            int activeSeconds,
            String tickedCriteria,
            Instant submittedAt,
            boolean sentForFeedback,
            @Nullable String feedbackComment) {}

    @Override
    public String section() {
        return "drills";
    }

    @Override
    public List<TryRecord> export(String username) {
        return store.tries(username);
    }

    @Override
    public void anonymise(String username, String alias) {
        store.deleteAllOf(username);
        store.replaceAnswerer(username, alias);
    }
}
