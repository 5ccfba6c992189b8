package org.alliance.core.model;

import java.util.Optional;

/** A single-choice option. A wrong option names the misconception it embodies. */
public record CreditOption(String id, String text, double credit, Optional<String> misconception, String feedback) {}
