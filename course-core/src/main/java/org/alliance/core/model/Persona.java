package org.alliance.core.model;

import java.util.Optional;

/** The fictional client of a vignette. */
public record Persona(String name, Optional<Integer> age, String about) {}
