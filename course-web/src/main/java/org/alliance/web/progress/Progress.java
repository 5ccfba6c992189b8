package org.alliance.web.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.grading.CourseGrade;
import org.alliance.core.grading.CourseGrading;
import org.alliance.core.mastery.Evidence;
import org.alliance.core.mastery.MasteryProfile;
import org.alliance.core.model.ActivityKind;
import org.alliance.core.model.Course;
import org.alliance.web.assessment.QuizStandings;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.PublishedCourse;
import org.alliance.web.drill.DrillStatuses;
import org.alliance.web.learning.ActivityStatuses;
import org.alliance.web.learning.LessonProgress;
import org.alliance.web.reflection.Reflections;
import org.alliance.web.vignette.VignetteAttempts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in student's progress, put together from each feature's public services: course grades by
 * course-core's grading policy, mastery per concept across courses, and practice for the weakest concepts.
 */
@Service
public class Progress implements ActivityStatuses {
    private static final int WEAKEST = 3;
    private static final int PER_CONCEPT = 2;

    private final CourseCatalog catalog;
    private final LessonProgress lessons;
    private final QuizStandings quizzes;
    private final VignetteAttempts vignettes;
    private final Reflections reflections;
    private final DrillStatuses drills;

    Progress(
            CourseCatalog catalog,
            LessonProgress lessons,
            QuizStandings quizzes,
            VignetteAttempts vignettes,
            Reflections reflections,
            DrillStatuses drills) {
        this.catalog = catalog;
        this.lessons = lessons;
        this.quizzes = quizzes;
        this.vignettes = vignettes;
        this.reflections = reflections;
        this.drills = drills;
    }

    public record Standing(
            String courseId,
            String title,
            int lessonsRead,
            int lessons,
            int activitiesDone,
            int activities,
            CourseGrade grade,
            double passMark) {}

    public record ConceptMastery(String conceptId, String term, double level, int items) {}

    public record Practice(String courseId, String activityId, String title, ActivityKind kind, String term) {}

    public record Overview(List<Standing> courses, List<ConceptMastery> mastery, List<Practice> practiseNext) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Overview overview() {
        List<PublishedCourse> enrolled = catalog.myCourses().stream()
                .flatMap(card -> catalog.enrolledCourse(card.id()).stream())
                .toList();
        List<Standing> standings =
                enrolled.stream().map(p -> standing(p.course())).toList();

        List<Evidence> evidence = new ArrayList<>(quizzes.evidence());
        evidence.addAll(vignettes.evidence());
        List<ConceptMastery> mastery = mastery(evidence, enrolled);
        return new Overview(standings, mastery, practice(enrolled, mastery));
    }

    /** Mastery of the concepts the enrolled courses define, weakest first (then by term). */
    static List<ConceptMastery> mastery(List<Evidence> evidence, List<PublishedCourse> enrolled) {
        var profile = MasteryProfile.of(evidence);
        Map<String, String> terms = new HashMap<>();
        enrolled.forEach(p -> p.course().concepts().forEach(c -> terms.putIfAbsent(c.id(), c.term())));
        return profile.concepts().entrySet().stream()
                .filter(e -> terms.containsKey(e.getKey()))
                .map(e -> new ConceptMastery(
                        e.getKey(),
                        terms.get(e.getKey()),
                        e.getValue().level(),
                        e.getValue().items()))
                .sorted(Comparator.comparingDouble(ConceptMastery::level).thenComparing(ConceptMastery::term))
                .toList();
    }

    /**
     * Where the signed-in student stands on each activity of a course, by course-core's
     * {@code ActivityStatusRule} (each feature applies it to its own attempts); activities not begun are absent.
     */
    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, ActivityStatus> activityStatuses(String courseId) {
        Map<String, ActivityStatus> statuses = new HashMap<>();
        statuses.putAll(quizzes.statuses(courseId));
        statuses.putAll(vignettes.statuses(courseId));
        statuses.putAll(reflections.statuses(courseId));
        statuses.putAll(drills.statuses(courseId));
        return statuses;
    }

    private Standing standing(Course course) {
        Map<String, ActivityStatus> statuses = activityStatuses(course.id());
        Set<String> read = lessons.states(course.id()).stream()
                .filter(LessonProgress.LessonState::done)
                .map(LessonProgress.LessonState::lessonId)
                .collect(Collectors.toSet());
        int done = (int) course.activities().stream()
                .filter(a -> statuses.getOrDefault(a.id(), new ActivityStatus.NotDone())
                        .done())
                .count();
        return new Standing(
                course.id(),
                course.title(),
                read.size(),
                course.lessons().size(),
                done,
                course.activities().size(),
                CourseGrading.of(course, statuses, read),
                course.grading().passMark());
    }

    /**
     * For the weakest concepts, vignettes first and then quizzes that practise them: every enrolled course's
     * vignettes before any course's quizzes, so the order of enrolment does not put a quiz ahead of a vignette.
     */
    static List<Practice> practice(List<PublishedCourse> enrolled, List<ConceptMastery> mastery) {
        List<Practice> practice = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ConceptMastery weak : mastery.stream().limit(WEAKEST).toList()) {
            int added = 0;
            for (PublishedCourse p : enrolled) {
                Course course = p.course();
                for (var vignette : course.vignettes()) {
                    if (added < PER_CONCEPT
                            && vignette.concepts().contains(weak.conceptId())
                            && seen.add(vignette.id())) {
                        practice.add(new Practice(
                                course.id(), vignette.id(), vignette.title(), ActivityKind.VIGNETTE, weak.term()));
                        added++;
                    }
                }
            }
            for (PublishedCourse p : enrolled) {
                Course course = p.course();
                for (var quiz : course.quizzes()) {
                    boolean tagged =
                            quiz.items().stream().anyMatch(i -> i.concepts().contains(weak.conceptId()));
                    if (added < PER_CONCEPT && tagged && seen.add(quiz.id())) {
                        practice.add(
                                new Practice(course.id(), quiz.id(), quiz.title(), ActivityKind.QUIZ, weak.term()));
                        added++;
                    }
                }
            }
        }
        return practice;
    }
}
