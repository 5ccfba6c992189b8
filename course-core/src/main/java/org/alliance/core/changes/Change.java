package org.alliance.core.changes;

/**
 * One part added, changed or removed. {@code label} is what the author calls it (a title, a term, an item's
 * question); {@code within} names the quiz an item belongs to, and is empty for every other part.
 */
public record Change(Part part, ChangeKind kind, String id, String label, String within) {}
