package org.alliance.web.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.alliance.web.account.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assessment's share of "My data": every attempt with its answers, its answers chosen but not yet checked, and
 * its score. On deletion the attempts move to the alias with their answers and scores intact, so gradebooks and
 * item statistics keep an anonymous record of work that was graded; unchecked answers were never graded and
 * are deleted.
 */
@Component
class AttemptPersonalData implements PersonalData {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final AttemptStore store;

    AttemptPersonalData(AttemptStore store) {
        this.store = store;
    }

    /** One attempt as exported; {@code id} is the public id its pages show. */
    record Attempt(
            String id,
            String courseId,
            String activityId,
            String contentHash,
            Instant startedAt,
            @Nullable Instant deadline,
            @Nullable Instant submittedAt,
            @Nullable Double score,
            List<Answer> answers,
            List<Unchecked> unchecked) {}

    /** One committed answer; the response as stored (a small JSON object with a type tag). */
    record Answer(String itemId, int tryNo, JsonNode response, Instant answeredAt) {
        Answer(String itemId, int tryNo, String storedResponse, Instant answeredAt) {
            this(itemId, tryNo, JSON.readTree(storedResponse), answeredAt);
        }
    }

    /** An answer saved while the attempt is open but not checked (yet); stored like an answer. */
    record Unchecked(String itemId, JsonNode response, Instant savedAt) {
        Unchecked(String itemId, String storedResponse, Instant savedAt) {
            this(itemId, JSON.readTree(storedResponse), savedAt);
        }
    }

    @Override
    public String section() {
        return "attempts";
    }

    @Override
    public List<Attempt> export(String username) {
        Map<Long, List<Answer>> answers = store.answersBy(username);
        Map<Long, List<Unchecked>> unchecked = store.pendingBy(username);
        return store.allBy(username).stream()
                .map(a -> new Attempt(
                        a.publicId(),
                        a.courseId(),
                        a.activityId(),
                        a.contentHash(),
                        a.startedAt(),
                        a.deadline(),
                        a.submittedAt(),
                        a.score(),
                        answers.getOrDefault(a.id(), List.of()),
                        unchecked.getOrDefault(a.id(), List.of())))
                .toList();
    }

    @Override
    public void anonymise(String username, String alias) {
        store.dropAllPendingOf(username);
        store.reassign(username, alias);
    }
}
