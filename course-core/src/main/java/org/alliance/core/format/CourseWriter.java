package org.alliance.core.format;

import static org.alliance.core.format.YamlOut.dump;
import static org.alliance.core.format.YamlOut.levels;
import static org.alliance.core.format.YamlOut.list;
import static org.alliance.core.format.YamlOut.map;
import static org.alliance.core.format.YamlOut.name;
import static org.alliance.core.format.YamlOut.number;
import static org.alliance.core.format.YamlOut.strings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.alliance.core.model.Activity;
import org.alliance.core.model.Course;
import org.alliance.core.model.Dimension;
import org.alliance.core.model.Drill;
import org.alliance.core.model.GradingPolicy;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.QuizSettings;
import org.alliance.core.model.Reflection;
import org.alliance.core.model.Vignette;

/**
 * Writes a course as its canonical files (path to text): what export and the editor save. Every
 * setting is written out, so the files say exactly what the course does, and
 * {@code read(write(course))} has the same content hash as {@code course}.
 */
public final class CourseWriter {

    private CourseWriter() {}

    public static Map<String, String> write(Course course) {
        Map<String, String> files = new TreeMap<>();
        files.put("course.yaml", dump(courseFile(course)));
        files.put(
                "glossary.yaml",
                dump(map(
                        "concepts",
                        list(
                                course.concepts(),
                                c -> map(
                                        "id",
                                        c.id(),
                                        "term",
                                        c.term(),
                                        "definition",
                                        c.definition(),
                                        "misconceptions",
                                        list(
                                                c.misconceptions(),
                                                m -> map("id", m.id(), "text", m.text(), "correction", m.correction())),
                                        "references",
                                        strings(c.references()))))));
        files.put(
                "references.yaml",
                dump(map(
                        "references",
                        list(
                                course.references(),
                                r -> map(
                                        "id",
                                        r.id(),
                                        "authors",
                                        r.authors(),
                                        "year",
                                        r.year(),
                                        "title",
                                        r.title(),
                                        "source",
                                        r.source(),
                                        "doi",
                                        r.doi())))));
        for (Lesson lesson : course.lessons()) {
            files.put("lessons/" + lesson.id() + ".md", lesson(lesson));
            for (Activity activity : lesson.activities()) {
                switch (activity) {
                    case Quiz q -> files.put("quizzes/" + q.id() + ".yaml", dump(quiz(q)));
                    case Vignette v -> files.put("vignettes/" + v.id() + ".yaml", dump(VignetteWriter.vignette(v)));
                    case Reflection r ->
                        files.put(
                                "reflections/" + r.id() + ".yaml",
                                dump(map("id", r.id(), "title", r.title(), "prompt", r.prompt())));
                    case Drill d -> files.put("drills/" + d.id() + ".yaml", dump(DrillWriter.drill(d)));
                }
            }
        }
        return files;
    }

    private static Map<String, Object> courseFile(Course c) {
        GradingPolicy g = c.grading();
        Map<Object, Object> overrides = new LinkedHashMap<>();
        g.weights().activities().forEach((id, weight) -> overrides.put(id, number(weight)));
        return map(
                "id",
                c.id(),
                "title",
                c.title(),
                "summary",
                c.summary(),
                "audience",
                c.audience(),
                "language",
                c.language(),
                "authors",
                strings(c.authors()),
                "licence",
                c.licence(),
                "content_notes",
                strings(c.contentNotes()),
                "front_matter",
                c.frontMatter(),
                "support",
                c.support(),
                "lessons",
                list(c.lessons(), Lesson::id),
                "rubric",
                map(
                        "scale",
                                map(
                                        "min",
                                        c.rubric().scale().min(),
                                        "max",
                                        c.rubric().scale().max()),
                        "dimensions",
                                list(
                                        c.rubric().dimensions(),
                                        (Dimension d) -> map(
                                                "id",
                                                d.id(),
                                                "name",
                                                d.name(),
                                                "description",
                                                d.description(),
                                                "anchors",
                                                levels(d.anchors())))),
                "grading",
                map(
                        "pass_mark", number(g.passMark()),
                        "weights",
                                map(
                                        "quiz",
                                        number(g.weights().quiz()),
                                        "vignette",
                                        number(g.weights().vignette()),
                                        "reflection",
                                        number(g.weights().reflection()),
                                        "activities",
                                        overrides),
                        "completion",
                                map(
                                        "lessons_read",
                                        name(g.completion().lessonsRead()),
                                        "activities",
                                        name(g.completion().activities()))),
                "audit",
                c.audit().map(AuditKeys::write));
    }

    private static String lesson(Lesson l) {
        String front = dump(map(
                "id",
                l.id(),
                "title",
                l.title(),
                "minutes",
                l.minutes(),
                "objectives",
                list(l.objectives(), o -> map("id", o.id(), "text", o.text())),
                "concepts",
                strings(l.concepts()),
                "activities",
                list(l.activities(), Activity::id),
                "audit",
                l.audit().map(AuditKeys::write)));
        return "---\n" + front + "---\n\n" + l.body() + "\n";
    }

    private static Map<String, Object> quiz(Quiz q) {
        QuizSettings s = q.settings();
        return map(
                "id",
                q.id(),
                "title",
                q.title(),
                "settings",
                map(
                        "behaviour",
                        name(s.behaviour()),
                        "tries",
                        s.tries(),
                        "penalty",
                        number(s.penalty()),
                        "attempts",
                        s.attempts(),
                        "grading_method",
                        name(s.gradingMethod()),
                        "time_limit_minutes",
                        s.timeLimitMinutes(),
                        "pass_mark",
                        number(s.passMark()),
                        "shuffle",
                        s.shuffle(),
                        "review",
                        map(
                                "during", list(s.review().during(), YamlOut::name),
                                "after_submit", list(s.review().afterSubmit(), YamlOut::name),
                                "after_close", list(s.review().afterClose(), YamlOut::name))),
                "audit",
                q.audit().map(AuditKeys::write),
                "items",
                list(q.items(), ItemWriter::item));
    }
}
