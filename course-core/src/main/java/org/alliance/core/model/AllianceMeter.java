package org.alliance.core.model;

/** The visible alliance meter: its starting value and bounds; choices move it. */
public record AllianceMeter(int start, int min, int max) {

    public static AllianceMeter defaults() {
        return new AllianceMeter(50, 0, 100);
    }

    /** Moves the meter by {@code change}, staying within bounds. */
    public int move(int value, int change) {
        return Math.clamp((long) value + change, min, max);
    }
}
