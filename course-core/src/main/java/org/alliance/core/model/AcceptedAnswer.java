package org.alliance.core.model;

/** An accepted short-text answer with its credit 0..1 and feedback. */
public record AcceptedAnswer(String text, double credit, String feedback) {}
