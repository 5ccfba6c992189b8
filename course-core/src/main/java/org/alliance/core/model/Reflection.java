package org.alliance.core.model;

/** An ungraded reflection prompt (Markdown). Never requires personal disclosure. */
public record Reflection(String id, String title, String prompt) implements Activity {

    @Override
    public ActivityKind kind() {
        return ActivityKind.REFLECTION;
    }
}
