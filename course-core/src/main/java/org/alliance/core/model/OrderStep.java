package org.alliance.core.model;

/** One step of an ordering item. */
public record OrderStep(String id, String text) {}
