package org.alliance.core.validation;

/** A place in a content file; line and column count from 1, and 0 means unknown. */
public record Location(String file, int line, int column) {

    public static Location unknown(String file) {
        return new Location(file, 0, 0);
    }

    /** The same file and column, {@code lines} further down. */
    public Location down(int lines) {
        return line == 0 ? this : new Location(file, line + lines, lines == 0 ? column : 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
