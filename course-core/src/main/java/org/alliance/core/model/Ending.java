package org.alliance.core.model;

/** How a branching vignette ends: the client's last line, the outcome, a bonus 0..1, a Markdown debrief. */
public record Ending(String id, String client, Outcome outcome, double bonus, String summary) {}
