package org.alliance.core.model;

import java.util.Optional;

/** A candidate therapist response rated on rubric dimensions, with the reasoning behind the rating. */
public record RatedOption(String id, String text, Ratings ratings, String rationale, Optional<String> misconception) {}
