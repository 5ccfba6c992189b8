package org.alliance.core.changes;

/** How a part differs from one version to the next. */
public enum ChangeKind {
    ADDED,
    CHANGED,
    REMOVED
}
