package org.alliance.web.editor.ui.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a newly added element starts as: its required keys, with a free id and empty texts. The empty texts are
 * deliberate: the validator then names each field still to fill, at the field.
 */
final class Templates {
    private Templates() {}

    /** The first of prefix1, prefix2, ... not used as an id in the list. */
    static String freeId(List<Object> list, String prefix) {
        for (int n = 1; ; n++) {
            String id = prefix + n;
            if (list.stream().noneMatch(e -> e instanceof Map<?, ?> m && id.equals(String.valueOf(m.get("id"))))) {
                return id;
            }
        }
    }

    /** The first letter a, b, c, ... not used as an id in the list (options and choices are lettered). */
    static String freeLetter(List<Object> list) {
        for (char c = 'a'; c <= 'z'; c++) {
            String id = String.valueOf(c);
            if (list.stream().noneMatch(e -> e instanceof Map<?, ?> m && id.equals(String.valueOf(m.get("id"))))) {
                return id;
            }
        }
        return freeId(list, "o");
    }

    static Map<Object, Object> map(Object... keysAndValues) {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static List<Object> list(Object... elements) {
        return new ArrayList<>(List.of(elements));
    }

    /** A new quiz item of a type, with the options or parts the type needs. */
    static Map<Object, Object> item(String type, List<Object> items) {
        Map<Object, Object> item =
                map("id", freeId(items, "i"), "type", type, "objectives", list(), "concepts", list());
        switch (type) {
            case "single_choice" ->
                item.putAll(map(
                        "stem",
                        "",
                        "options",
                        list(
                                map("id", "a", "text", "", "credit", 1L, "feedback", ""),
                                map("id", "b", "text", "", "credit", 0L, "feedback", ""))));
            case "multiple_response" ->
                item.putAll(map(
                        "stem",
                        "",
                        "options",
                        list(
                                map("id", "a", "text", "", "correct", true, "feedback", ""),
                                map("id", "b", "text", "", "correct", false, "feedback", ""))));
            case "true_false" -> item.putAll(map("stem", "", "answer", true, "feedback", map("true", "", "false", "")));
            case "matching" ->
                item.putAll(map(
                        "stem",
                        "",
                        "pairs",
                        list(map("id", "p1", "prompt", "", "match", ""), map("id", "p2", "prompt", "", "match", "")),
                        "feedback",
                        ""));
            case "ordering" ->
                item.putAll(map(
                        "stem",
                        "",
                        "items",
                        list(map("id", "s1", "text", ""), map("id", "s2", "text", "")),
                        "feedback",
                        ""));
            case "short_text" ->
                item.putAll(map(
                        "stem",
                        "",
                        "accept",
                        list(map("text", "", "credit", 1L, "feedback", "")),
                        "feedback_wrong",
                        ""));
            case "best_response" ->
                item.putAll(map(
                        "client",
                        "",
                        "stem",
                        "",
                        "options",
                        list(
                                map("id", "a", "text", "", "ratings", map(), "rationale", ""),
                                map("id", "b", "text", "", "ratings", map(), "rationale", ""))));
            default -> throw new IllegalArgumentException("Unknown item type " + type);
        }
        return item;
    }
}
