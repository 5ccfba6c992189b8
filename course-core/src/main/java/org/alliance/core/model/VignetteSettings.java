package org.alliance.core.model;

/** Attempts allowed (0 = unlimited) and which attempt counts. */
public record VignetteSettings(int attempts, GradingMethod gradingMethod) {

    public static VignetteSettings defaults() {
        return new VignetteSettings(0, GradingMethod.HIGHEST);
    }
}
