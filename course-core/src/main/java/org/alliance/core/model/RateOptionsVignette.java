package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** The student rates every response; scored by closeness to the reference ratings. */
public record RateOptionsVignette(
        VignetteHeader header, String client, Optional<String> cue, Optional<String> stem, List<RatedOption> options)
        implements Vignette {

    public RateOptionsVignette {
        options = List.copyOf(options);
    }

    /** Without a question of its own; the player asks what the therapist would say. */
    public RateOptionsVignette(VignetteHeader header, String client, Optional<String> cue, List<RatedOption> options) {
        this(header, client, cue, Optional.empty(), options);
    }

    @Override
    public VignetteKind vignetteKind() {
        return VignetteKind.RATE_OPTIONS;
    }
}
