package org.alliance.core.model;

import java.util.Optional;

/** A multiple-response option, correct or not. A wrong option names its misconception. */
public record ResponseOption(
        String id, String text, boolean correct, Optional<String> misconception, String feedback) {}
