package org.alliance.core.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One course version. Immutable; built by the content reader or, in tests, by hand. Its content
 * hash is computed from this model by {@code org.alliance.core.format.ContentHash}.
 */
public record Course(
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
        List<Lesson> lessons,
        Rubric rubric,
        GradingPolicy grading,
        List<Concept> concepts,
        List<Reference> references,
        @HashedWhenPresent Optional<AuditAcceptance> audit) {

    public Course {
        authors = List.copyOf(authors);
        contentNotes = List.copyOf(contentNotes);
        lessons = List.copyOf(lessons);
        concepts = List.copyOf(concepts);
        references = List.copyOf(references);
    }

    /** Without accepted audit warnings. */
    public Course(
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
            List<Lesson> lessons,
            Rubric rubric,
            GradingPolicy grading,
            List<Concept> concepts,
            List<Reference> references) {
        this(
                id,
                title,
                summary,
                audience,
                language,
                authors,
                licence,
                contentNotes,
                frontMatter,
                support,
                lessons,
                rubric,
                grading,
                concepts,
                references,
                Optional.empty());
    }

    /** Every activity of the course, in lesson order. */
    public List<Activity> activities() {
        return lessons.stream().flatMap(l -> l.activities().stream()).toList();
    }

    public Optional<Activity> activity(String activityId) {
        return activities().stream().filter(a -> a.id().equals(activityId)).findFirst();
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }

    /** The lesson an activity belongs to. */
    public Optional<Lesson> lessonOf(String activityId) {
        return lessons.stream()
                .filter(l -> l.activities().stream().anyMatch(a -> a.id().equals(activityId)))
                .findFirst();
    }

    public Optional<Concept> concept(String conceptId) {
        return concepts.stream().filter(c -> c.id().equals(conceptId)).findFirst();
    }

    public Optional<Misconception> misconception(String misconceptionId) {
        return concepts.stream()
                .flatMap(c -> c.misconceptions().stream())
                .filter(m -> m.id().equals(misconceptionId))
                .findFirst();
    }

    public Optional<Reference> reference(String referenceId) {
        return references.stream().filter(r -> r.id().equals(referenceId)).findFirst();
    }

    public List<Objective> objectives() {
        return lessons.stream().flatMap(l -> l.objectives().stream()).toList();
    }

    public List<Quiz> quizzes() {
        return activities().stream()
                .flatMap(a -> a instanceof Quiz q ? Stream.of(q) : Stream.empty())
                .toList();
    }

    public List<Vignette> vignettes() {
        return activities().stream()
                .flatMap(a -> a instanceof Vignette v ? Stream.of(v) : Stream.empty())
                .toList();
    }

    public List<Drill> drills() {
        return activities().stream()
                .flatMap(a -> a instanceof Drill d ? Stream.of(d) : Stream.empty())
                .toList();
    }

    public List<Reflection> reflections() {
        return activities().stream()
                .flatMap(a -> a instanceof Reflection r ? Stream.of(r) : Stream.empty())
                .toList();
    }
}
