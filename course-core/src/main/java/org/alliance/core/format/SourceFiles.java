package org.alliance.core.format;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alliance.core.validation.Problem;

/** A course's files as text, by path relative to the course root ('/' separated), and what went wrong getting them. */
record SourceFiles(Map<String, String> files, List<Problem> problems) {

    SourceFiles {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
        problems = List.copyOf(problems);
    }
}
