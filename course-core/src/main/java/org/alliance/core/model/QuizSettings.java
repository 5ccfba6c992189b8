package org.alliance.core.model;

/**
 * Authoring-time quiz settings. {@code attempts} and {@code timeLimitMinutes} use 0 for
 * "unlimited" / "none"; {@code tries} and {@code penalty} apply to interactive behaviour only.
 */
public record QuizSettings(
        Behaviour behaviour,
        int tries,
        double penalty,
        int attempts,
        GradingMethod gradingMethod,
        int timeLimitMinutes,
        double passMark,
        boolean shuffle,
        ReviewOptions review) {

    public static QuizSettings defaults() {
        return new QuizSettings(
                Behaviour.DEFERRED, 1, 0, 0, GradingMethod.HIGHEST, 0, 0.7, true, ReviewOptions.defaults());
    }
}
