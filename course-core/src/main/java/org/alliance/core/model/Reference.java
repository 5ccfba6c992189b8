package org.alliance.core.model;

import java.util.Optional;

/** A structured citation; the DOI only when known. */
public record Reference(String id, String authors, int year, String title, String source, Optional<String> doi) {}
