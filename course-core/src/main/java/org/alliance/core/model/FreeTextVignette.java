package org.alliance.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The student writes the therapist's reply; instructors grade it on the vignette's dimensions.
 * {@code examples} maps a rubric level to an example response; {@code anchors} overrides the
 * course rubric's anchors per dimension (dimension id to level to text).
 */
public record FreeTextVignette(
        VignetteHeader header,
        String client,
        Optional<String> cue,
        String prompt,
        Map<Integer, String> examples,
        Map<String, Map<Integer, String>> anchors)
        implements Vignette {

    public FreeTextVignette {
        examples = Collections.unmodifiableMap(new LinkedHashMap<>(examples));
        LinkedHashMap<String, Map<Integer, String>> copy = new LinkedHashMap<>();
        anchors.forEach(
                (dimension, levels) -> copy.put(dimension, Collections.unmodifiableMap(new LinkedHashMap<>(levels))));
        anchors = Collections.unmodifiableMap(copy);
    }

    /** Without a non-verbal cue. */
    public FreeTextVignette(
            VignetteHeader header,
            String client,
            String prompt,
            Map<Integer, String> examples,
            Map<String, Map<Integer, String>> anchors) {
        this(header, client, Optional.empty(), prompt, examples, anchors);
    }

    @Override
    public VignetteKind vignetteKind() {
        return VignetteKind.FREE_TEXT;
    }
}
