package org.alliance.core.model;

/** One skill criterion of a drill: a short, observable statement of what a good response does. */
public record Criterion(String id, String text) {}
