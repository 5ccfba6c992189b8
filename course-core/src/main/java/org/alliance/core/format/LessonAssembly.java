package org.alliance.core.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.core.model.Activity;
import org.alliance.core.model.Lesson;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.ProblemLog;
import org.alliance.core.validation.SourceMap;

/** Orders lessons as course.yaml lists them and gives each its activities; reports what does not fit. */
final class LessonAssembly {

    private LessonAssembly() {}

    static List<Lesson> lessons(
            CourseFile course,
            Map<String, LessonFile> lessonFiles,
            Set<String> lessonNames,
            Map<String, Activity> activities,
            Map<String, String> activityFiles,
            ProblemLog log,
            SourceMap sources) {
        List<Lesson> lessons = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        Set<String> listedLessons = new HashSet<>();
        List<String> ids = course.lessonIds();
        for (int i = 0; i < ids.size(); i++) {
            String lessonId = ids.get(i);
            String listPath = CourseFileReader.PATH + ".lessons[" + i + "]";
            if (!listedLessons.add(lessonId)) {
                log.report(
                        ProblemCode.DUPLICATE_ID,
                        sources.locate(listPath),
                        listPath,
                        "id",
                        lessonId,
                        "other",
                        "course.yaml",
                        "kind",
                        "lesson");
                continue;
            }
            LessonFile file = lessonFiles.get(lessonId);
            if (file == null) {
                if (lessonNames.contains(lessonId)) {
                    continue; // the file is there but could not be read; that was reported
                }
                log.report(
                        ProblemCode.MISSING_FILE,
                        sources.locate(listPath),
                        listPath,
                        "expected",
                        "lessons/" + lessonId + ".md");
                continue;
            }
            String lessonPath = "lessons[" + lessonId + "]";
            List<Activity> own = new ArrayList<>();
            List<String> activityIds = file.activityIds();
            for (int j = 0; j < activityIds.size(); j++) {
                String activityId = activityIds.get(j);
                String path = lessonPath + ".activities[" + j + "]";
                Activity activity = activities.get(activityId);
                String previous = owner.putIfAbsent(activityId, lessonId);
                if (activity == null) {
                    log.report(ProblemCode.UNKNOWN_ACTIVITY, sources.locate(path), path, "id", activityId);
                } else if (previous != null) {
                    log.report(
                            ProblemCode.ACTIVITY_IN_TWO_LESSONS,
                            sources.locate(path),
                            path,
                            "id",
                            activityId,
                            "lessons",
                            previous + " and " + lessonId);
                } else {
                    own.add(activity);
                }
            }
            lessons.add(new Lesson(
                    file.id(),
                    file.title(),
                    file.minutes(),
                    file.objectives(),
                    file.concepts(),
                    file.body(),
                    own,
                    file.audit()));
        }
        for (String lessonId : lessonFiles.keySet()) {
            if (!listedLessons.contains(lessonId)) {
                String path = "lessons[" + lessonId + "]";
                log.report(ProblemCode.UNLISTED_LESSON, sources.locate(path), path, "id", lessonId);
            }
        }
        for (String activityId : activities.keySet()) {
            if (!owner.containsKey(activityId)) {
                String file = activityFiles.get(activityId);
                String path = file.substring(0, file.indexOf('/')) + "[" + activityId + "]";
                log.report(ProblemCode.UNLISTED_ACTIVITY, sources.locate(path), path, "id", activityId);
            }
        }
        return lessons;
    }
}
