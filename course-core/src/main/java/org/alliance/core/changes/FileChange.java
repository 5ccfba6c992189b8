package org.alliance.core.changes;

/** A course file added, changed or removed, by its path in the course folder. */
public record FileChange(String path, ChangeKind kind) {}
