package org.alliance.web.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What publishing a draft would undo when the course moved on after the draft began (a rollback, an import, or
 * another draft published): for each file the published course changed since the draft's base version, what
 * publishing the draft would do to that change. A file the draft already holds as published is left out.
 *
 * @param baseVersion the id of the version the draft began from
 * @param currentVersion the id of the course's latest version, which publishing would replace
 * @param baseNumber the base version's number from 1 within the course, the one people see
 * @param currentNumber the latest version's number, the one people see
 */
public record Drift(long baseVersion, long currentVersion, int baseNumber, int currentNumber, List<Undone> undone) {

    public Drift {
        undone = List.copyOf(undone);
    }

    /** What publishing would do to one file's change since the base. */
    public enum Effect {
        /** Added since the base, not in the draft: publishing removes it. */
        REMOVED,
        /** Removed since the base, still in the draft: publishing brings it back. */
        RESTORED,
        /** Changed since the base, the draft still has the base's text: publishing puts that back. */
        REVERTED,
        /** Changed since the base and changed in the draft too: publishing replaces the change with the draft's. */
        REPLACED
    }

    public record Undone(String path, Effect effect) {}

    static Drift of(
            long baseVersion,
            long currentVersion,
            int baseNumber,
            int currentNumber,
            Map<String, String> base,
            Map<String, String> current,
            Map<String, String> draft) {
        var paths = new TreeSet<String>(base.keySet());
        paths.addAll(current.keySet());
        List<Undone> undone = new ArrayList<>();
        for (String path : paths) {
            String was = base.get(path);
            String now = current.get(path);
            String mine = draft.get(path);
            if (Objects.equals(was, now) || Objects.equals(mine, now)) {
                continue;
            }
            Effect effect = mine == null
                    ? Effect.REMOVED
                    : now == null ? Effect.RESTORED : mine.equals(was) ? Effect.REVERTED : Effect.REPLACED;
            undone.add(new Undone(path, effect));
        }
        return new Drift(baseVersion, currentVersion, baseNumber, currentNumber, undone);
    }
}
