package org.alliance.web.teaching.ui;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What changed between two versions' files: per file, added, removed or a unified diff of its lines. */
final class VersionDiff {
    private VersionDiff() {}

    record FileChange(String path, String kind, List<String> lines) {}

    static List<FileChange> between(Map<String, String> from, Map<String, String> to) {
        List<FileChange> changes = new ArrayList<>();
        var paths = new TreeSet<String>(from.keySet());
        paths.addAll(to.keySet());
        for (String path : paths) {
            String a = from.get(path);
            String b = to.get(path);
            if (a == null) {
                changes.add(new FileChange(path, "added", List.of()));
            } else if (b == null) {
                changes.add(new FileChange(path, "removed", List.of()));
            } else if (!a.equals(b)) {
                List<String> old = a.lines().toList();
                var patch = DiffUtils.diff(old, b.lines().toList());
                changes.add(new FileChange(path, "changed",
                        UnifiedDiffUtils.generateUnifiedDiff(path, path, old, patch, 2).stream().skip(2).toList()));
            }
        }
        return changes;
    }
}
