package org.alliance.core.model;

/** A learning objective; items and vignettes name the objectives they assess. */
public record Objective(String id, String text) {}
