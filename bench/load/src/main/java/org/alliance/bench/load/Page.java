package org.alliance.bench.load;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One open UI (a browser tab): Vaadin's security key from the init answer, and per message the sync id the
 * server last sent and the client's own message id, as Vaadin's client sends them; the server refuses a
 * message that gets either wrong, so a run that passes has spoken the protocol as a browser does.
 */
final class Page {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int UI_NODE = 1;

    private final Browser browser;
    private final int uiId;
    private final String securityKey;
    private int syncId;
    private int clientId;
    final UiTree tree = new UiTree();
    private JsonNode last;

    private Page(Browser browser, int uiId, String securityKey, int syncId) {
        this.browser = browser;
        this.uiId = uiId;
        this.securityKey = securityKey;
        this.syncId = syncId;
    }

    static Page start(Browser browser, String initBody) throws IOException {
        JsonNode config = JSON.readTree(initBody).get("appConfig");
        if (config == null || !config.has("uidl")) {
            throw new IOException("init answer without a UI: " + abbreviate(initBody));
        }
        JsonNode uidl = config.get("uidl");
        var page = new Page(
                browser,
                config.get("v-uiId").asInt(),
                uidl.get("Vaadin-Security-Key").asString(),
                uidl.get("syncId").asInt());
        page.tree.apply(uidl.get("changes"));
        return page;
    }

    /** What a router link does in the browser: the navigation event on the UI, no new page load. */
    JsonNode navigate(String route) throws IOException, InterruptedException {
        return rpc(Map.of(
                "type",
                "event",
                "node",
                UI_NODE,
                "event",
                "ui-navigate",
                "data",
                Map.of(
                        "route", route,
                        "query", "",
                        "appShellTitle", "",
                        "historyState", Map.of("idx", 0),
                        "trigger", "")));
    }

    /** A heartbeat for this UI; completes with false when the server no longer keeps it. */
    CompletableFuture<Boolean> heartbeat() {
        return browser.heartbeat(uiId).thenApply(response -> response.statusCode() == 200);
    }

    JsonNode click(int node) throws IOException, InterruptedException {
        return event(node, "click");
    }

    JsonNode event(int node, String name) throws IOException, InterruptedException {
        return rpc(Map.of("type", "event", "node", node, "event", name, "data", Map.of()));
    }

    /** A property the browser changed (a field's value): synchronised as the client does. */
    JsonNode sync(int node, String property, String value) throws IOException, InterruptedException {
        return rpc(Map.of("type", "mSync", "node", node, "feature", 1, "property", property, "value", value));
    }

    /**
     * What a confirmation dialog's button does in the browser: the confirm event, and the dialog closing itself,
     * which the client reports; without that report the server keeps the dialog open, and modal, and ignores
     * every later click outside it (Vaadin's server-side modality).
     */
    JsonNode confirm(int dialog) throws IOException, InterruptedException {
        return rpc(List.of(
                Map.of("type", "event", "node", dialog, "event", "confirm", "data", Map.of()),
                Map.of("type", "mSync", "node", dialog, "feature", 1, "property", "opened", "value", false)));
    }

    private JsonNode rpc(Map<String, Object> call) throws IOException, InterruptedException {
        return rpc(List.of(call));
    }

    private JsonNode rpc(List<Map<String, Object>> calls) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(
                Map.of("csrfToken", securityKey, "rpc", calls, "syncId", syncId, "clientId", clientId));
        var response = browser.uidl(uiId, body);
        String text = response.body();
        if (response.statusCode() != 200) {
            throw new IOException("UIDL answered " + response.statusCode() + ": " + abbreviate(text));
        }
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode answer = JSON.readTree(text);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        JsonNode meta = answer.get("meta");
        if (meta != null && (meta.has("sessionExpired") || meta.has("appError"))) {
            throw new IOException("UIDL error: " + abbreviate(meta.toString()));
        }
        if (answer.has("redirect") || !answer.has("syncId")) {
            throw new IOException("UIDL answer without a sync id (resynchronise or redirect): " + abbreviate(text));
        }
        clientId++;
        syncId = answer.get("syncId").asInt();
        tree.apply(answer.get("changes"));
        last = answer;
        return answer;
    }

    JsonNode last() {
        return last;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
