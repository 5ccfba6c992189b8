package org.alliance.web.vignette;

/**
 * A student's practice log at a glance: how many practice replays they began, how many reached an ending, and the
 * minutes spent in them (from each replay's start to its end or last reply, rounded to the nearest minute).
 */
public record PracticeSummary(int replays, int finished, long minutes) {}
