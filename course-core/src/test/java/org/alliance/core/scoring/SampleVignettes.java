package org.alliance.core.scoring;

import static org.alliance.core.scoring.SampleItems.rated;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.Level;
import org.alliance.core.model.Persona;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.VignetteHeader;
import org.alliance.core.model.VignetteSettings;

/** The vignettes of RESEARCH.md (e), V1–V3, as the single-turn kinds. */
public final class SampleVignettes {

    private SampleVignettes() {}

    public static VignetteHeader header(String id, Optional<String> contentNote) {
        return new VignetteHeader(
                id,
                "Title of " + id,
                Level.INTERMEDIATE,
                List.of("l6-o1"),
                List.of("rupture"),
                contentNote,
                new Persona("Maya", Optional.of(34), "Fictional."),
                "Context.",
                List.of("d1-empathic-accuracy", "d4-process-responsiveness"),
                "Commentary.",
                VignetteSettings.defaults());
    }

    /** V1, withdrawal rupture: A=1, B=2, C=3, D=5. */
    public static BestResponseVignette v1() {
        return new BestResponseVignette(
                header("v1-diary-withdrawal", Optional.empty()),
                "Sure. Whatever you think.",
                Optional.of("Flat voice."),
                List.of(
                        rated("a", 1, "Misses the marker.", "no-ruptures-means-good-therapy"),
                        rated("b", 2, "Labels the client instead of exploring.", "resistance-is-the-clients"),
                        rated("c", 3, "Immediate task change, nothing explored.", null),
                        rated("d", 5, "Metacommunication that owns the therapist's part.", null)));
    }

    /** V2, confrontation rupture, as rate-every-option: A=2, B=5, C=2, D=3. */
    public static RateOptionsVignette v2() {
        return new RateOptionsVignette(
                header("v2-pointless", Optional.of("A client criticises the therapist.")),
                "This is pointless. You just nod.",
                Optional.empty(),
                List.of(
                        rated("a", 2, "Defensive.", "repair-means-defending-rationale"),
                        rated("b", 5, "Validates and explores.", null),
                        rated("c", 2, "Interprets the pattern mid-rupture.", "interpret-mid-rupture"),
                        rated("d", 3, "Reasonable immediate repair, skips exploration.", null)));
    }

    /** V3, opening for a corrective experience: A=3, B=1, C=2, D=5. */
    public static BestResponseVignette v3() {
        return new BestResponseVignette(
                header("v3-rambling", Optional.empty()),
                "Sorry, I'm rambling.",
                Optional.empty(),
                SampleItems.v3Item().options());
    }

    public static FreeTextVignette freeText() {
        return new FreeTextVignette(
                header("v4-why-come", Optional.empty()),
                "I don't know why I keep coming here.",
                "Write what you would say next.",
                Map.of(1, "one", 3, "three", 5, "five"),
                Map.of());
    }
}
