package org.alliance.web.vignette;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.RatingScale;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.PublishedCourse;
import org.alliance.web.identity.CurrentUser;
import org.alliance.web.vignette.VignetteViews.Anchored;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finished free-text answers for those who may grade their course (its teachers and raters), and writing the
 * grade a teacher releases. Every operation asks {@link CourseStaff} first; an answer outside a course the
 * caller may grade reads as not found. Grading itself (raters, agreement, release) is the grading feature's.
 */
@Service
public class FreeTextAnswers {
    private final VignetteStore store;
    private final CourseStaff staff;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;

    FreeTextAnswers(VignetteStore store, CourseStaff staff, CourseCatalog catalog, CurrentUser currentUser) {
        this.store = store;
        this.staff = staff;
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    /**
     * One answer with what a grader needs beside it, from the course version the student answered on.
     *
     * @param id the attempt's database id (grading's tables refer to it); {@code publicId} is what URLs carry
     */
    public record Answer(
            long id,
            String publicId,
            String username,
            String courseId,
            String vignetteId,
            String title,
            String client,
            Optional<String> cue,
            String prompt,
            String text,
            Map<String, Integer> selfAssessment,
            Instant finishedAt,
            @Nullable Double score,
            FreeTextVignette vignette,
            RatingScale scale,
            List<Anchored> rubric,
            Map<Integer, String> examples) {}

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<Answer> ofCourse(String courseId) {
        if (!staff.canGrade(courseId)) {
            return List.of();
        }
        Map<Long, Optional<PublishedCourse>> versions = new HashMap<>();
        List<Answer> answers = new ArrayList<>();
        for (var row : store.finishedFreeText(courseId)) {
            var version = versions.computeIfAbsent(row.versionId(), v -> staff.gradedVersion(courseId, v));
            version.flatMap(p -> answer(p, row)).ifPresent(answers::add);
        }
        return answers;
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<Answer> toGrade(String courseId, String publicId) {
        return store.byPublicId(publicId)
                .filter(r -> r.courseId().equals(courseId) && r.finished() && !r.excused())
                .flatMap(r -> staff.gradedVersion(courseId, r.versionId()).flatMap(p -> answer(p, r)));
    }

    /** Writes the released (or overridden) grade on the attempt, where grades and mastery read it. Teachers only. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void grade(String courseId, String publicId, double score, boolean safetyFlagged) {
        var answer = toGrade(courseId, publicId)
                .filter(a -> staff.canTeach(courseId))
                .orElseThrow(() -> new VignetteException("vignette.not-found"));
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("a score is a fraction 0..1");
        }
        store.grade(answer.id(), score, safetyFlagged);
    }

    /** A finished free-text answer of the signed-in student, while enrolled: for their own feedback. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Answer> ownAnswer(String publicId) {
        String me = currentUser.require();
        return store.byPublicId(publicId)
                .filter(r -> r.username().equals(me) && r.finished() && r.freeText() != null)
                .flatMap(r ->
                        catalog.enrolledVersion(r.courseId(), r.versionId()).flatMap(p -> answer(p, r)));
    }

    private static Optional<Answer> answer(PublishedCourse published, VignetteStore.Row row) {
        var course = published.course();
        return course.activity(row.vignetteId())
                .filter(FreeTextVignette.class::isInstance)
                .map(FreeTextVignette.class::cast)
                .map(v -> new Answer(
                        row.id(),
                        row.publicId(),
                        row.username(),
                        row.courseId(),
                        v.id(),
                        v.title(),
                        v.client(),
                        v.cue(),
                        v.prompt(),
                        row.freeText() == null ? "" : row.freeText(),
                        row.selfAssessment() == null ? Map.of() : Json.ratings(row.selfAssessment()),
                        Objects.requireNonNull(row.finishedAt()),
                        row.score(),
                        v,
                        course.rubric().scale(),
                        VignettePresenter.anchored(course, v),
                        v.examples()));
    }
}
