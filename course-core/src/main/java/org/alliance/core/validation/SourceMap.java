package org.alliance.core.validation;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each model path was read from, so problems found on the model point at the file, line and
 * column. A course built in memory has an empty map and its problems carry only the model path.
 */
public final class SourceMap {

    private final Map<String, Location> locations = new HashMap<>();

    public static SourceMap empty() {
        return new SourceMap();
    }

    /** Records where a path was read; the first record of a path wins. */
    public void put(String path, Location location) {
        locations.putIfAbsent(path, location);
    }

    /** Suffix of a path whose key was written without a value: the model holds nothing there, the file a line. */
    public static final String BLANK_KEY = "#key";

    /**
     * The location of a path; of its key, when it was written without a value; else of its nearest
     * recorded ancestor.
     */
    public Location locate(String path) {
        Location blank = locations.get(path + BLANK_KEY);
        if (blank != null && !locations.containsKey(path)) {
            return blank;
        }
        String current = path;
        while (!current.isEmpty()) {
            Location found = locations.get(current);
            if (found != null) {
                return found;
            }
            current = parent(current);
        }
        Location root = locations.get("");
        return root != null ? root : Location.unknown("");
    }

    /** Whether this exact path was recorded. */
    public boolean has(String path) {
        return locations.containsKey(path);
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
