package org.alliance.core.model;

/** A common wrong belief about a concept, and its correction. Distractors name these. */
public record Misconception(String id, String text, String correction) {}
