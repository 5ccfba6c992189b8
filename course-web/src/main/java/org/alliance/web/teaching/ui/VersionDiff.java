package org.alliance.web.teaching.ui;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** The raw view of one changed file, for authors who want it: a unified diff of its lines with two of context. */
final class VersionDiff {
    private VersionDiff() {}

    static List<String> lines(String path, String before, String after) {
        List<String> old = before.lines().toList();
        var patch = DiffUtils.diff(old, after.lines().toList());
        // The first two lines name the file twice ("--- path", "+++ path"); the heading already does.
        return UnifiedDiffUtils.generateUnifiedDiff(path, path, old, patch, 2).stream()
                .skip(2)
                .toList();
    }
}
