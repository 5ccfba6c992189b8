package org.alliance.web.vignette;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Ratings as stored: a JSON object of id to rating. */
final class Json {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Json() {}

    static String ratings(Map<String, Integer> ratings) {
        return JSON.writeValueAsString(new LinkedHashMap<>(ratings));
    }

    /**
     * Reads stored ratings back; a value this class did not write is refused with {@link UnreadableRatings},
     * never read as a map holding nulls or text that would fail later, far from the cause.
     */
    static Map<String, Integer> ratings(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new UnreadableRatings("not JSON (" + e.getOriginalMessage() + ")", json);
        }
        if (node == null || !node.isObject()) {
            throw new UnreadableRatings("not a JSON object", json);
        }
        var ratings = new LinkedHashMap<String, Integer>();
        for (var entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (!value.isInt()) {
                throw new UnreadableRatings("the rating of \"" + entry.getKey() + "\" is not a whole number", json);
            }
            ratings.put(entry.getKey(), value.intValue());
        }
        return ratings;
    }

    /** Stored ratings that are not ones this class wrote: says what is wrong and shows the stored value. */
    static final class UnreadableRatings extends IllegalStateException {
        UnreadableRatings(String why, String stored) {
            super("Stored ratings cannot be read: " + why + ": " + (stored.isEmpty() ? "(empty)" : stored));
        }
    }
}
