package org.alliance.core.statistics;

/** One choice a student made at one node of a branching vignette. */
public record PathStep(String nodeId, String choiceId) {}
