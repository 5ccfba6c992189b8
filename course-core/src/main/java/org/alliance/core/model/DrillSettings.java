package org.alliance.core.model;

/**
 * When a round ends: after {@code statementsPerRound} statements, or after {@code minutes} minutes
 * when that is above zero, whichever comes first.
 */
public record DrillSettings(int statementsPerRound, int minutes) {

    public static DrillSettings defaults() {
        return new DrillSettings(6, 0);
    }
}
