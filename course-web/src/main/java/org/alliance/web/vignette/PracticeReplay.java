package org.alliance.web.vignette;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.Outcome;
import org.alliance.core.model.Persona;
import org.alliance.web.vignette.VignetteViews.Meter;
import org.alliance.web.vignette.VignetteViews.Prompt;
import org.alliance.web.vignette.VignetteViews.Turn;

/**
 * A practice replay from a turn of a submitted branching attempt: ungraded, so each reply's feedback shows at
 * once, and at the end how the practice ending compares with the graded one.
 *
 * @param fromTurn the turn of the graded path it replays from, counted from 1
 * @param transcript the replies taken in this replay, each with its feedback
 * @param prompt what the client says now and the replies the meter allows; empty once it has ended
 * @param ending the practice ending beside the graded one; present once it has ended
 */
public record PracticeReplay(
        String practiceId,
        String attemptId,
        String courseId,
        String vignetteId,
        String title,
        Persona persona,
        int fromTurn,
        List<Turn> transcript,
        Optional<Prompt> prompt,
        Meter meter,
        Optional<Comparison> ending) {

    public PracticeReplay {
        transcript = List.copyOf(transcript);
    }

    /** The practice ending beside the graded one, with the meter each left the client at. */
    public record Comparison(
            Outcome practised, String client, String summary, int practisedMeter, Outcome graded, int gradedMeter) {}
}
