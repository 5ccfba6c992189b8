package org.alliance.web.xapi;

import java.util.List;
import org.alliance.web.account.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * xAPI's share of "My data": the user's actor id and every statement about them in the outbox. On deletion both
 * are deleted, not aliased: the statements are a copy of facts other features keep, and without the actor row
 * the statements an LRS already holds name a random id that no longer leads to anyone.
 */
@Component
class XapiPersonalData implements PersonalData {
    private final XapiStore store;

    XapiPersonalData(XapiStore store) {
        this.store = store;
    }

    /** What the export holds: the actor id and the statements as sent (or to be sent). */
    record Export(@Nullable String actorId, List<JsonNode> statements) {}

    @Override
    public String section() {
        return "xapi";
    }

    @Override
    public Object export(String username) {
        var statements = store.ofUser(username).stream()
                .map(s -> StatementRecorder.JSON.readTree(s.body()))
                .toList();
        return new Export(store.actorId(username).orElse(null), statements);
    }

    @Override
    public void anonymise(String username, String alias) {
        store.deleteUser(username);
    }
}
