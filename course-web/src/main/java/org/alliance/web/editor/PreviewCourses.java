package org.alliance.web.editor;

import java.util.Optional;
import org.alliance.core.format.ReadResult;
import org.alliance.core.model.Course;
import org.alliance.web.catalog.CatalogException;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.PublishedCourse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The course a "Preview as student" plays: the published version, or the author's draft. A draft activity is
 * previewed only when it has no error of its own (problems elsewhere in the draft do not block it), so the
 * players never meet content the validator has refused.
 */
@Service
public class PreviewCourses {
    private final CourseStaff staff;
    private final Drafts drafts;

    PreviewCourses(CourseStaff staff, Drafts drafts) {
        this.staff = staff;
        this.drafts = drafts;
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Optional<Course> course(String courseId, String activityId, boolean draft) {
        if (!draft) {
            return staff.taught(courseId).map(PublishedCourse::course);
        }
        ReadResult read;
        try {
            read = drafts.check(courseId); // checks that the user may edit this draft
        } catch (CatalogException notEditable) {
            return Optional.empty();
        }
        boolean clean = read.errors().stream()
                .noneMatch(p -> p.path().startsWith("quizzes[" + activityId + "]")
                        || p.path().startsWith("vignettes[" + activityId + "]"));
        return clean ? read.draft() : Optional.empty();
    }
}
