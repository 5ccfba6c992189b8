package org.alliance.core.format;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.AuditAcceptance;
import org.alliance.core.model.GradingPolicy;
import org.alliance.core.model.Rubric;

/** What course.yaml holds: the course's metadata, lesson order, rubric and grading policy. */
record CourseFile(
        String id,
        String title,
        String summary,
        String audience,
        String language,
        List<String> authors,
        String licence,
        List<String> contentNotes,
        String frontMatter,
        String support,
        List<String> lessonIds,
        Rubric rubric,
        GradingPolicy grading,
        Optional<AuditAcceptance> audit) {}
