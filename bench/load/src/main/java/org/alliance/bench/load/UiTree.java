package org.alliance.bench.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of one UI's state tree, kept as Vaadin's client keeps it from the server's changes: which
 * node is which element (tag, properties, attributes, text) and its children. Enough to find what a user would
 * click, never a renderer.
 */
final class UiTree {
    private static final int ROOT = 1;
    private static final int CHILDREN = 2;
    /** Elements attached outside the child list, such as dialogs. */
    private static final int VIRTUAL_CHILDREN = 24;

    static final class Node {
        final Map<String, String> values = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            switch (type) {
                case "detach" -> nodes.remove(id);
                case "put" -> {
                    JsonNode value = change.get("value");
                    if (value != null && value.isValueNode()) {
                        node(id).values.put(change.get("key").asString(), value.asString());
                    }
                }
                case "remove" -> {
                    if (change.has("key")) {
                        node(id).values.remove(change.get("key").asString());
                    }
                }
                case "clear" -> {
                    var list = list(id, change);
                    if (list != null) {
                        list.clear();
                    }
                }
                case "splice" -> {
                    var list = list(id, change);
                    if (list != null) {
                        splice(list, change);
                    }
                }
                default -> node(id);
            }
        }
    }

    private List<Integer> list(int id, JsonNode change) {
        return switch (change.path("feat").asInt()) {
            case CHILDREN -> node(id).children;
            case VIRTUAL_CHILDREN -> node(id).virtualChildren;
            default -> null;
        };
    }

    private static void splice(List<Integer> children, JsonNode change) {
        int index = Math.min(change.get("index").asInt(), children.size());
        int remove = Math.min(change.path("remove").asInt(0), children.size() - index);
        for (int i = 0; i < remove; i++) {
            children.remove(index);
        }
        JsonNode added = change.get("addNodes");
        if (added != null) {
            int at = index;
            for (JsonNode n : added) {
                children.add(at++, n.asInt());
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, k -> new Node());
    }

    /** The node whose element has that id attribute. */
    Optional<Integer> byId(String elementId) {
        return find("id", elementId).stream().findFirst();
    }

    /** Nodes whose value under {@code key} (tag, property, attribute or text) equals {@code value}, in id order. */
    List<Integer> find(String key, String value) {
        Set<Integer> attached = attached();
        return nodes.entrySet().stream()
                .filter(e -> attached.contains(e.getKey()))
                .filter(e -> value.equals(e.getValue().values.get(key)))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /**
     * The nodes on the page now: reachable from the UI's root. The server does not send a detach for every node of
     * a removed subtree, so a node that is merely known may be gone (a previous page's button).
     */
    private Set<Integer> attached() {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(ROOT));
        while (!todo.isEmpty()) {
            int id = todo.pop();
            Node n = nodes.get(id);
            if (n != null && seen.add(id)) {
                todo.addAll(n.children);
                todo.addAll(n.virtualChildren);
            }
        }
        return seen;
    }

    /** The text under a node, depth first, as a reader would see it. */
    String text(int id) {
        var out = new StringBuilder();
        collect(id, out);
        return out.toString();
    }

    private void collect(int id, StringBuilder out) {
        Node n = nodes.get(id);
        if (n == null) {
            return;
        }
        String text = n.values.get("text");
        if (text != null && n.children.isEmpty()) {
            out.append(text).append(' ');
        }
        n.children.forEach(c -> collect(c, out));
    }

    /** Every text in the UI: what the page says, for checks such as "the course titles are listed". */
    boolean containsText(String text) {
        return nodes.values().stream().anyMatch(n -> text.equals(n.values.get("text")));
    }

    /** The values of a radio group's buttons, as the browser would set the group's value. */
    List<String> optionValues(int group) {
        Node g = nodes.get(group);
        if (g == null) {
            return List.of();
        }
        return g.children.stream()
                .map(nodes::get)
                .filter(n -> n != null && "vaadin-radio-button".equals(n.values.get("tag")))
                .map(n -> n.values.get("value"))
                .filter(v -> v != null)
                .toList();
    }

    /** A node's "value" as the client holds it (a field's value after the user changed it). */
    String value(int node) {
        Node n = nodes.get(node);
        return n == null ? null : n.values.get("value");
    }

    void setValue(int node, String value) {
        node(node).values.put("value", value);
    }

    Optional<Integer> parentOf(int child) {
        return nodes.entrySet().stream()
                .filter(e -> e.getValue().children.contains(child))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    List<String> ids() {
        Set<Integer> attached = attached();
        return nodes.entrySet().stream()
                .filter(e -> attached.contains(e.getKey()))
                .map(e -> e.getValue().values.get("id"))
                .filter(v -> v != null)
                .sorted()
                .toList();
    }

    int size() {
        return nodes.size();
    }
}
