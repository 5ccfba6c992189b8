package org.alliance.core.format;

import java.util.Optional;

/** Checks and normalises a path inside a course (from a zip entry or the editor). */
final class EntryPath {

    private EntryPath() {}

    /** The normalised relative path, or empty when it is absolute or climbs out with '..'. */
    static Optional<String> safe(String raw) {
        if (raw.isEmpty()
                || raw.startsWith("/")
                || raw.startsWith("\\")
                || raw.contains("\\")
                || raw.contains("\0")
                || (raw.length() > 1 && raw.charAt(1) == ':')) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String segment : raw.split("/")) {
            if (segment.equals("..")) {
                return Optional.empty();
            }
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(segment);
        }
        return Optional.of(out.toString());
    }

    /** Files that are not content: hidden files and OS clutter. */
    static boolean ignored(String path) {
        for (String segment : path.split("/")) {
            if (segment.startsWith(".") || segment.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }
}
