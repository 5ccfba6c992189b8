package org.alliance.core.model;

/** Something a student does in a lesson. Ids are stable across versions; attempts follow them. */
public sealed interface Activity permits Quiz, Vignette, Reflection, Drill {

    String id();

    String title();

    ActivityKind kind();
}
