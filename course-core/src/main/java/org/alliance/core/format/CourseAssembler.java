package org.alliance.core.format;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.alliance.core.model.Activity;
import org.alliance.core.model.Concept;
import org.alliance.core.model.Course;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Reference;
import org.alliance.core.validation.Location;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.ProblemLog;
import org.alliance.core.validation.SourceMap;

/**
 * Reads every file of a course and puts the course together: lessons in course.yaml order, each
 * with its activities. The result is a draft: it is built even when files have problems, so the
 * validator can report everything in one pass.
 */
final class CourseAssembler {

    private CourseAssembler() {}

    /** The course, when course.yaml reads, and the activities no lesson lists (not part of the course). */
    record Assembly(Optional<Course> course, List<Activity> unlisted) {}

    static Assembly assemble(Map<String, String> files, ProblemLog log, SourceMap sources) {
        String courseText = files.get("course.yaml");
        if (courseText == null) {
            log.report(ProblemCode.MISSING_FILE, new Location("course.yaml", 0, 0), "", "expected", "course.yaml");
            return new Assembly(Optional.empty(), List.of());
        }
        Optional<CourseFile> head =
                yaml(files, "course.yaml", log, sources, id -> CourseFileReader.PATH, CourseFileReader::read);
        List<Concept> concepts = files.containsKey("glossary.yaml")
                ? yaml(files, "glossary.yaml", log, sources, id -> "", GlossaryReader::read)
                        .orElse(List.of())
                : List.of();
        List<Reference> references = files.containsKey("references.yaml")
                ? yaml(files, "references.yaml", log, sources, id -> "", ReferencesReader::read)
                        .orElse(List.of())
                : List.of();

        Map<String, LessonFile> lessonFiles = new LinkedHashMap<>();
        Map<String, Activity> activities = new LinkedHashMap<>();
        Map<String, String> activityFiles = new HashMap<>();
        Set<String> lessonNames = new HashSet<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            String path = file.getKey();
            String name = stem(path);
            if (path.startsWith("lessons/")
                    && path.endsWith(".md")
                    && !path.substring(8).contains("/")) {
                lessonNames.add(name);
                LessonReader.read(path, name, file.getValue(), log, sources).ifPresent(lesson -> {
                    checkName(lesson.id(), name, path, "lessons[" + lesson.id() + "]", log, sources);
                    lessonFiles.putIfAbsent(lesson.id(), lesson);
                });
            } else if (in(path, "quizzes/")) {
                activity(
                        files,
                        path,
                        "quizzes",
                        log,
                        sources,
                        m -> Optional.of(QuizReader.read(m)),
                        activities,
                        activityFiles);
            } else if (in(path, "vignettes/")) {
                activity(files, path, "vignettes", log, sources, VignetteReader::read, activities, activityFiles);
            } else if (in(path, "reflections/")) {
                activity(
                        files,
                        path,
                        "reflections",
                        log,
                        sources,
                        m -> Optional.of(ReflectionReader.read(m)),
                        activities,
                        activityFiles);
            } else if (in(path, "drills/")) {
                activity(
                        files,
                        path,
                        "drills",
                        log,
                        sources,
                        m -> Optional.of(DrillReader.read(m)),
                        activities,
                        activityFiles);
            } else if (!List.of("course.yaml", "glossary.yaml", "references.yaml")
                            .contains(path)
                    && !path.equalsIgnoreCase("README.md")) {
                log.report(ProblemCode.UNKNOWN_FILE, new Location(path, 0, 0), "", "file", path);
            }
        }
        if (head.isEmpty()) {
            return new Assembly(Optional.empty(), List.of());
        }
        CourseFile course = head.get();
        List<Lesson> lessons =
                LessonAssembly.lessons(course, lessonFiles, lessonNames, activities, activityFiles, log, sources);
        Set<Activity> listed = Collections.newSetFromMap(new IdentityHashMap<>());
        lessons.forEach(lesson -> listed.addAll(lesson.activities()));
        List<Activity> unlisted =
                activities.values().stream().filter(a -> !listed.contains(a)).toList();
        return new Assembly(
                Optional.of(new Course(
                        course.id(),
                        course.title(),
                        course.summary(),
                        course.audience(),
                        course.language(),
                        course.authors(),
                        course.licence(),
                        course.contentNotes(),
                        course.frontMatter(),
                        course.support(),
                        lessons,
                        course.rubric(),
                        course.grading(),
                        concepts,
                        references,
                        course.audit())),
                unlisted);
    }

    private static boolean in(String path, String folder) {
        return path.startsWith(folder)
                && path.endsWith(".yaml")
                && !path.substring(folder.length()).contains("/");
    }

    private static void activity(
            Map<String, String> files,
            String path,
            String kind,
            ProblemLog log,
            SourceMap sources,
            Function<YamlMap, Optional<? extends Activity>> reader,
            Map<String, Activity> into,
            Map<String, String> activityFiles) {
        String name = stem(path);
        yaml(files, path, log, sources, id -> kind + "[" + id.orElse(name) + "]", reader)
                .flatMap(a -> a)
                .ifPresent(activity -> {
                    checkName(activity.id(), name, path, kind + "[" + activity.id() + "]", log, sources);
                    if (into.containsKey(activity.id())) {
                        log.report(
                                ProblemCode.DUPLICATE_ID,
                                sources.locate(kind + "[" + activity.id() + "].id"),
                                kind + "[" + activity.id() + "].id",
                                "id",
                                activity.id(),
                                "other",
                                activityFiles.get(activity.id()),
                                "kind",
                                "activity");
                    } else {
                        into.put(activity.id(), activity);
                        activityFiles.put(activity.id(), path);
                    }
                });
    }

    /** Composes a YAML file and reads its root mapping; {@code pathOf} gets the id found in the file. */
    private static <T> Optional<T> yaml(
            Map<String, String> files,
            String file,
            ProblemLog log,
            SourceMap sources,
            Function<Optional<String>, String> pathOf,
            Function<YamlMap, T> reader) {
        FileContext ctx = new FileContext(file, 0, log, sources);
        return Yaml.compose(ctx, files.get(file))
                .flatMap(node -> {
                    String path = pathOf.apply(Yaml.idOf(node));
                    sources.put(path, new Location(file, 1, 1));
                    return YamlMap.of(ctx, path, file, node);
                })
                .map(reader);
    }

    private static void checkName(
            String id, String name, String file, String modelPath, ProblemLog log, SourceMap sources) {
        if (!id.isEmpty() && !id.equals(name)) {
            log.report(
                    ProblemCode.FILE_NAME_MISMATCH,
                    sources.locate(modelPath + ".id"),
                    modelPath + ".id",
                    "name",
                    name,
                    "id",
                    id);
        }
    }

    static String stem(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }
}
