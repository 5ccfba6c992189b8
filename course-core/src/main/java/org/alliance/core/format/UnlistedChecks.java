package org.alliance.core.format;

import java.util.ArrayList;
import java.util.List;
import org.alliance.core.model.Activity;
import org.alliance.core.model.Course;
import org.alliance.core.model.Drill;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.Reflection;
import org.alliance.core.model.Vignette;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.SourceMap;
import org.alliance.core.validation.Validator;

/**
 * Checks activities no lesson lists yet as if one did, so an author sees their problems while writing them,
 * before listing them, and a file with errors cannot ride along unchecked in a published version. Only
 * problems inside those activities are kept; the stand-in lesson itself is never reported.
 */
final class UnlistedChecks {
    private static final String STAND_IN = "unlisted-activities";

    private UnlistedChecks() {}

    static List<Problem> problems(Course course, List<Activity> unlisted, SourceMap sources) {
        if (unlisted.isEmpty()) {
            return List.of();
        }
        List<String> paths = unlisted.stream().map(UnlistedChecks::path).toList();
        return Validator.validate(withStandIn(course, unlisted), sources).stream()
                .filter(p -> paths.stream().anyMatch(path -> within(path, p.path())))
                .toList();
    }

    /** The course with the unlisted activities in a stand-in lesson at the end (the course itself if none). */
    static Course withStandIn(Course course, List<Activity> unlisted) {
        if (unlisted.isEmpty()) {
            return course;
        }
        List<Lesson> lessons = new ArrayList<>(course.lessons());
        lessons.add(new Lesson(STAND_IN, STAND_IN, 1, List.of(), List.of(), "", unlisted));
        return new Course(
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
                course.concepts(),
                course.references(),
                course.audit());
    }

    static String path(Activity activity) {
        String folder = switch (activity) {
            case Quiz q -> "quizzes";
            case Vignette v -> "vignettes";
            case Reflection r -> "reflections";
            case Drill d -> "drills";
        };
        return folder + "[" + activity.id() + "]";
    }

    private static boolean within(String outer, String path) {
        return path.equals(outer) || path.startsWith(outer + ".") || path.startsWith(outer + "[");
    }
}
