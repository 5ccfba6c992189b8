package org.alliance.core.mastery;

/**
 * Mastery of one concept or objective.
 *
 * @param level mean of the latest score of every item and vignette tagged with it, 0..1
 * @param items how many tagged items and vignettes that mean is over
 */
public record Mastery(double level, int items) {}
