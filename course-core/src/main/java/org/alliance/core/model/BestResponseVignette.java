package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** The student picks the best of several rated responses to one client statement. */
public record BestResponseVignette(
        VignetteHeader header, String client, Optional<String> cue, Optional<String> stem, List<RatedOption> options)
        implements Vignette {

    public BestResponseVignette {
        options = List.copyOf(options);
    }

    /** Without a question of its own; the player asks what the therapist would say. */
    public BestResponseVignette(VignetteHeader header, String client, Optional<String> cue, List<RatedOption> options) {
        this(header, client, cue, Optional.empty(), options);
    }

    @Override
    public VignetteKind vignetteKind() {
        return VignetteKind.BEST_RESPONSE;
    }
}
