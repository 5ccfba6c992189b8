package org.alliance.web.editor.ui.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small helpers over the file's tree. A form creates the mappings and lists its fields write into up front; the
 * ones still empty are left out when the file is written, so opening a form never adds {@code scale: {}} or
 * {@code settings: {}}, which would not mean "the defaults".
 */
final class Maps {
    private Maps() {}

    /** A mapping the form created, not the author. */
    static final class CreatedMap extends LinkedHashMap<Object, Object> {}

    /** A list the form created, not the author. */
    static final class CreatedList extends ArrayList<Object> {}

    /** The nested mapping under {@code key}, created when absent or not a mapping (the form then writes one). */
    @SuppressWarnings("unchecked")
    static Map<Object, Object> child(Map<Object, Object> map, String key) {
        if (!(map.get(key) instanceof Map<?, ?>)) {
            map.put(key, new CreatedMap());
        }
        return (Map<Object, Object>) map.get(key);
    }

    /** A plain copy of the tree without the form's containers that are still empty, ready to be written. */
    static Object pruned(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> {
                Object kept = pruned(value);
                if (!(isCreated(value) && isEmpty(kept))) {
                    copy.put(key, kept);
                }
            });
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(pruned(element)));
            return copy;
        }
        return node;
    }

    private static boolean isCreated(Object value) {
        return value instanceof CreatedMap || value instanceof CreatedList;
    }

    private static boolean isEmpty(Object value) {
        return value instanceof Map<?, ?> m && m.isEmpty() || value instanceof List<?> l && l.isEmpty();
    }
}
