package org.alliance.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A rubric dimension with anchor text for each level of the scale. */
public record Dimension(String id, String name, String description, Map<Integer, String> anchors) {

    public Dimension {
        anchors = Collections.unmodifiableMap(new LinkedHashMap<>(anchors));
    }
}
