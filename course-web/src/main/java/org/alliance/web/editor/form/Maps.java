package org.alliance.web.editor.form;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers over the file's tree. */
final class Maps {
    private Maps() {
    }

    /** The nested mapping under {@code key}, created when absent or not a mapping (the form then writes one). */
    @SuppressWarnings("unchecked")
    static Map<Object, Object> child(Map<Object, Object> map, String key) {
        if (!(map.get(key) instanceof Map<?, ?>)) {
            map.put(key, new LinkedHashMap<>());
        }
        return (Map<Object, Object>) map.get(key);
    }
}
