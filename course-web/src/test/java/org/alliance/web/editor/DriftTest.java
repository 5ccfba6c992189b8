package org.alliance.web.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.alliance.web.editor.Drift.Effect;
import org.alliance.web.editor.Drift.Undone;
import org.junit.jupiter.api.Test;

/** What a draft begun at one version would undo if published over a later one, file by file. */
class DriftTest {
    private static final Map<String, String> BASE = Map.of(
            "course.yaml", "title: Two",
            "lessons/a.md", "A as in version two",
            "lessons/b.md", "B",
            "lessons/gone.md", "removed later");

    @Test
    void each_change_published_since_the_base_is_named_with_what_publishing_would_do_to_it() {
        var current = Map.of(
                "course.yaml", "title: One", // changed since (a rollback)
                "lessons/a.md", "A as in version three", // changed since, and by the draft too
                "lessons/b.md", "B",
                "lessons/new.md", "added later"); // added since
        var draft = Map.of(
                "course.yaml", "title: Two", // the draft still has the base's text
                "lessons/a.md", "A as the author wrote it",
                "lessons/b.md", "B, edited in the draft", // the author's own change: nothing undone
                "lessons/gone.md", "removed later"); // removed since, still in the draft

        var drift = Drift.of(2, 3, 2, 3, BASE, current, draft);

        assertThat(drift.baseVersion()).isEqualTo(2);
        assertThat(drift.currentVersion()).isEqualTo(3);
        assertThat(drift.undone())
                .containsExactly(
                        new Undone("course.yaml", Effect.REVERTED),
                        new Undone("lessons/a.md", Effect.REPLACED),
                        new Undone("lessons/gone.md", Effect.RESTORED),
                        new Undone("lessons/new.md", Effect.REMOVED));
    }

    @Test
    void nothing_is_undone_when_the_draft_already_holds_what_was_published_since() {
        var current = Map.of("course.yaml", "title: One", "lessons/a.md", "A as in version two", "lessons/b.md", "B");
        var draft = Map.of("course.yaml", "title: One", "lessons/a.md", "A, edited", "lessons/b.md", "B");
        assertThat(Drift.of(2, 3, 2, 3, BASE, current, draft).undone()).isEmpty();
        assertThat(Drift.of(2, 3, 2, 3, BASE, BASE, BASE).undone())
                .as("a rollback to the base's own files")
                .isEmpty();
    }
}
