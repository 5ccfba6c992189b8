package org.alliance.core.model;

/** A prompt and its correct match. */
public record MatchPair(String id, String prompt, String match) {}
