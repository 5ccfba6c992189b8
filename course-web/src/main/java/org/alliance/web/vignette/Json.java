package org.alliance.web.vignette;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Ratings as stored: a JSON object of id to rating. */
final class Json {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Json() {}

    static String ratings(Map<String, Integer> ratings) {
        return JSON.writeValueAsString(new LinkedHashMap<>(ratings));
    }

    static Map<String, Integer> ratings(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Integer>>() { });
    }
}
