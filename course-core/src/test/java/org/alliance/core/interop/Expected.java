package org.alliance.core.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.alliance.core.format.CourseReader;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.Course;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.Item;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.ShortText;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.model.Vignette;
import org.alliance.core.scoring.RatedOptionScoring;

/**
 * What an export of a course should hold, worked out from the source model alone (not from the
 * mapper): for each question, its kind, id, the source texts it must show and each answer's exact
 * grade in percent before Moodle's rounding.
 */
final class Expected {

    enum Kind {
        SINGLE,
        MULTIPLE,
        TRUE_FALSE,
        SHORT,
        MATCHING,
        ORDERING,
        ESSAY
    }

    record Answer(String text, double percent, String feedback) {}

    record Question(
            Kind kind,
            String id,
            List<String> textParts,
            String generalFeedback,
            boolean answer,
            List<Answer> answers,
            List<String[]> pairs) {}

    private Expected() {}

    static List<Course> bundledCourses() {
        try (Stream<Path> folders = Files.list(Path.of("../content/courses"))) {
            return folders.filter(Files::isDirectory)
                    .sorted()
                    .map(f -> CourseReader.fromFolder(f).course().orElseThrow(() -> new AssertionError(f)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Question> of(Course course) {
        List<Question> out = new ArrayList<>();
        course.lessons()
                .forEach(lesson -> lesson.activities().forEach(a -> {
                    if (a instanceof Quiz quiz) {
                        quiz.items().forEach(i -> out.add(item(course, i)));
                    }
                }));
        course.lessons()
                .forEach(lesson -> lesson.activities().forEach(a -> {
                    if (a instanceof Vignette v) {
                        vignette(course, v, out);
                    }
                }));
        return out;
    }

    private static Question item(Course course, Item item) {
        return switch (item) {
            case SingleChoice s ->
                q(
                        Kind.SINGLE,
                        s.id(),
                        List.of(s.stem()),
                        "",
                        false,
                        s.options().stream()
                                .map(o -> new Answer(o.text(), o.credit() * 100, o.feedback()))
                                .toList());
            case MultipleResponse m -> {
                long right = m.options().stream().filter(o -> o.correct()).count();
                long wrong = m.options().size() - right;
                yield q(
                        Kind.MULTIPLE,
                        m.id(),
                        List.of(m.stem()),
                        "",
                        false,
                        m.options().stream()
                                .map(o -> new Answer(
                                        o.text(), o.correct() ? 100.0 / right : -100.0 / wrong, o.feedback()))
                                .toList());
            }
            case TrueFalse t ->
                q(
                        Kind.TRUE_FALSE,
                        t.id(),
                        List.of(t.stem()),
                        "",
                        t.answer(),
                        List.of(
                                new Answer("true", t.answer() ? 100 : 0, t.feedbackTrue()),
                                new Answer("false", t.answer() ? 0 : 100, t.feedbackFalse())));
            case ShortText s -> {
                List<Answer> answers = new ArrayList<>();
                s.accept().forEach(a -> answers.add(new Answer(a.text(), a.credit() * 100, a.feedback())));
                answers.add(new Answer("*", 0, s.feedbackWrong()));
                yield q(Kind.SHORT, s.id(), List.of(s.stem()), "", false, answers);
            }
            case Matching m -> {
                List<String[]> pairs = new ArrayList<>();
                m.pairs().forEach(p -> pairs.add(new String[] {p.prompt(), p.match()}));
                m.distractors().forEach(d -> pairs.add(new String[] {"", d}));
                yield new Question(Kind.MATCHING, m.id(), List.of(m.stem()), m.feedback(), false, List.of(), pairs);
            }
            case Ordering o ->
                q(
                        Kind.ORDERING,
                        o.id(),
                        List.of(o.stem()),
                        o.feedback(),
                        false,
                        o.steps().stream().map(s -> new Answer(s.text(), 0, "")).toList());
            case BestResponseItem b ->
                q(Kind.SINGLE, b.id(), List.of(b.client(), b.stem()), "", false, rated(course, b.options()));
        };
    }

    private static void vignette(Course course, Vignette vignette, List<Question> out) {
        if (vignette instanceof BestResponseVignette b) {
            List<String> parts = new ArrayList<>(List.of(b.header().context(), b.client()));
            b.stem().ifPresent(parts::add);
            out.add(new Question(
                    Kind.SINGLE, b.id(), parts, b.header().commentary(), false, rated(course, b.options()), List.of()));
        } else if (vignette instanceof FreeTextVignette f) {
            out.add(new Question(
                    Kind.ESSAY,
                    f.id(),
                    List.of(f.header().context(), f.client(), f.prompt()),
                    f.header().commentary(),
                    false,
                    List.of(),
                    List.of()));
        }
    }

    private static List<Answer> rated(Course course, List<RatedOption> options) {
        return options.stream()
                .map(o -> new Answer(
                        o.text(),
                        100
                                * RatedOptionScoring.normalised(
                                        o, options, course.rubric().scale()),
                        o.rationale()))
                .toList();
    }

    private static Question q(
            Kind kind, String id, List<String> text, String feedback, boolean answer, List<Answer> answers) {
        return new Question(kind, id, text, feedback, answer, answers, List.of());
    }

    /** Moodle's grades in percent, positive; used to check that a rounded grade is the nearest one. */
    static final double[] GRADES = {
        100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111,
        10, 5, 0
    };

    /** Whether {@code got} is a Moodle grade no farther from {@code exact} than any other. */
    static boolean nearestGrade(double got, double exact) {
        double distance = Math.abs(got - exact);
        for (double g : GRADES) {
            for (double signed : new double[] {g, -g}) {
                if (Math.abs(signed - exact) < distance - 1e-6) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Visible words of Markdown or HTML: tags and Markdown marks dropped, entities decoded, spaces collapsed. */
    static String words(String text) {
        return text.replaceAll("<[^>]+>", " ")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
                .replaceAll("[*_`>\\[\\]]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
