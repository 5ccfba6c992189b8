package org.alliance.web.reflection;

import java.time.Instant;
import java.util.List;
import org.alliance.web.account.PersonalData;
import org.springframework.stereotype.Component;

/** Reflections in "My data": exported in full; deleted with the account, since they grade nothing. */
@Component
class ReflectionPersonalData implements PersonalData {
    private final ReflectionStore store;

    ReflectionPersonalData(ReflectionStore store) {
        this.store = store;
    }

    record Answer(String courseId, String reflectionId, String answer, boolean shared, Instant updatedAt) {}

    @Override
    public String section() {
        return "reflections";
    }

    @Override
    public List<Answer> export(String username) {
        return store.answersOf(username);
    }

    @Override
    public void anonymise(String username, String alias) {
        store.deleteAllOf(username);
    }
}
