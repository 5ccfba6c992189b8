package org.alliance.core.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.alliance.core.model.Concept;
import org.alliance.core.model.Course;
import org.alliance.core.model.Drill;
import org.alliance.core.model.GradingPolicy;
import org.alliance.core.model.Item;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Objective;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.QuizSettings;
import org.alliance.core.model.Reference;
import org.alliance.core.model.Reflection;
import org.alliance.core.model.Vignette;

/**
 * What changed from one version of a course to another, as a pure function of the two: the files, and the
 * parts an author works with. Parts are matched by id (ids stay stable across versions; attempts follow them).
 * A part counts as changed when anything it holds differs, except what is reported as a part of its own: a
 * lesson changes when its text, objectives or list of activities change, not when one of its quizzes does; a
 * quiz when its title, settings or order of items change, not when one item does. So each edit is named once,
 * at the smallest part that holds it. The model is compared, not the text: reformatting a file changes the
 * file but no part.
 */
public final class VersionChanges {
    private VersionChanges() {}

    /** Each path added, removed or with different content, in path order. */
    public static List<FileChange> files(Map<String, String> before, Map<String, String> after) {
        List<FileChange> changes = new ArrayList<>();
        var paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            String old = before.get(path);
            String now = after.get(path);
            if (old == null) {
                changes.add(new FileChange(path, ChangeKind.ADDED));
            } else if (now == null) {
                changes.add(new FileChange(path, ChangeKind.REMOVED));
            } else if (!old.equals(now)) {
                changes.add(new FileChange(path, ChangeKind.CHANGED));
            }
        }
        return List.copyOf(changes);
    }

    /**
     * The parts added, changed or removed, grouped by {@link Part} in its order; within a part, added and
     * changed ones in the new version's order, then removed ones in the old version's order.
     */
    public static List<Change> parts(Course before, Course after) {
        List<Change> changes = new ArrayList<>();
        if (!settings(before).equals(settings(after))) {
            changes.add(new Change(Part.COURSE, ChangeKind.CHANGED, after.id(), after.title(), ""));
        }
        if (!before.rubric().equals(after.rubric())) {
            changes.add(new Change(Part.RUBRIC, ChangeKind.CHANGED, after.id(), after.title(), ""));
        }
        compare(
                changes,
                Part.LESSON,
                before.lessons(),
                after.lessons(),
                Lesson::id,
                Lesson::title,
                VersionChanges::lessonContent,
                "");
        compare(
                changes,
                Part.QUIZ,
                before.quizzes(),
                after.quizzes(),
                Quiz::id,
                Quiz::title,
                VersionChanges::quizContent,
                "");
        Map<String, Quiz> earlierQuizzes = byId(before.quizzes(), Quiz::id);
        for (Quiz quiz : after.quizzes()) {
            // Items of a quiz that is new or gone are the quiz's news, not each item's.
            Quiz earlier = earlierQuizzes.get(quiz.id());
            if (earlier != null) {
                compare(
                        changes,
                        Part.ITEM,
                        earlier.items(),
                        quiz.items(),
                        Item::id,
                        Item::stem,
                        item -> item,
                        quiz.title());
            }
        }
        compare(
                changes,
                Part.VIGNETTE,
                before.vignettes(),
                after.vignettes(),
                Vignette::id,
                Vignette::title,
                vignette -> vignette,
                "");
        compare(
                changes,
                Part.REFLECTION,
                before.reflections(),
                after.reflections(),
                Reflection::id,
                Reflection::title,
                reflection -> reflection,
                "");
        compare(changes, Part.DRILL, before.drills(), after.drills(), Drill::id, Drill::title, drill -> drill, "");
        compare(
                changes,
                Part.CONCEPT,
                before.concepts(),
                after.concepts(),
                Concept::id,
                Concept::term,
                concept -> concept,
                "");
        compare(
                changes,
                Part.REFERENCE,
                before.references(),
                after.references(),
                Reference::id,
                Reference::title,
                reference -> reference,
                "");
        return List.copyOf(changes);
    }

    private static <T> void compare(
            List<Change> out,
            Part part,
            List<T> before,
            List<T> after,
            Function<T, String> id,
            Function<T, String> label,
            Function<T, Object> content,
            String within) {
        Map<String, T> earlier = byId(before, id);
        Map<String, T> later = byId(after, id);
        for (T now : later.values()) {
            T old = earlier.get(id.apply(now));
            if (old == null) {
                out.add(new Change(part, ChangeKind.ADDED, id.apply(now), label.apply(now), within));
            } else if (!Objects.equals(content.apply(old), content.apply(now))) {
                out.add(new Change(part, ChangeKind.CHANGED, id.apply(now), label.apply(now), within));
            }
        }
        for (T old : earlier.values()) {
            if (!later.containsKey(id.apply(old))) {
                out.add(new Change(part, ChangeKind.REMOVED, id.apply(old), label.apply(old), within));
            }
        }
    }

    /** First of each id wins; a valid course has no duplicates. */
    private static <T> Map<String, T> byId(List<T> parts, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        parts.forEach(p -> map.putIfAbsent(id.apply(p), p));
        return map;
    }

    /** course.yaml without what is reported on its own (rubric, lessons, glossary, references). */
    private record Settings(
            String title,
            String summary,
            String audience,
            String language,
            List<String> authors,
            String licence,
            List<String> contentNotes,
            String frontMatter,
            String support,
            GradingPolicy grading,
            List<String> lessonOrder) {}

    private static Settings settings(Course c) {
        return new Settings(
                c.title(),
                c.summary(),
                c.audience(),
                c.language(),
                c.authors(),
                c.licence(),
                c.contentNotes(),
                c.frontMatter(),
                c.support(),
                c.grading(),
                c.lessons().stream().map(Lesson::id).toList());
    }

    private record LessonContent(
            String title,
            int minutes,
            List<Objective> objectives,
            List<String> concepts,
            String body,
            List<String> activities) {}

    private static Object lessonContent(Lesson l) {
        return new LessonContent(
                l.title(),
                l.minutes(),
                l.objectives(),
                l.concepts(),
                l.body(),
                l.activities().stream().map(a -> a.id()).toList());
    }

    private record QuizContent(String title, QuizSettings settings, List<String> items) {}

    private static Object quizContent(Quiz q) {
        return new QuizContent(
                q.title(), q.settings(), q.items().stream().map(Item::id).toList());
    }
}
