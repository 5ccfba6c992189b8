package org.alliance.core.format;

/**
 * Size limits for imported content. A real course is far below them; they stop zip bombs and
 * accidental uploads of huge files before anything is parsed.
 */
public record Limits(long maxFileBytes, long maxTotalBytes, int maxEntries) {

    public static final Limits DEFAULT = new Limits(2L * 1024 * 1024, 20L * 1024 * 1024, 2000);
}
