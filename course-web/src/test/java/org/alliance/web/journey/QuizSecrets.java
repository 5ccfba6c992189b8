package org.alliance.web.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alliance.core.format.CourseReader;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Course;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.Item;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.ShortText;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.model.Vignette;
import org.jspecify.annotations.Nullable;

/**
 * What a quiz or vignette must not show before its time, read from the course files with course-core's own
 * reader: option feedback, rationales, misconception ids and texts, rating dimension ids, debrief commentary.
 * Finding them in recorded traffic tolerates JSON and HTML escaping and citation rendering (texts are compared
 * as letters and digits, piece by piece between citations).
 */
final class QuizSecrets {
    private static final Pattern CITATION = Pattern.compile("\\[@[^\\]]*\\]");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    /** Pieces shorter than this could occur by chance in a stem or option text. */
    private static final int MIN_PIECE = 20;

    /** One thing to keep hidden. An {@code id} secret is matched as written; a text by its pieces. */
    record Secret(String itemId, @Nullable String optionId, String kind, String value) {
        boolean isId() {
            return kind.endsWith("-id");
        }

        List<String> pieces() {
            return Stream.of(CITATION.split(value))
                    .map(QuizSecrets::letters)
                    .filter(p -> p.length() >= MIN_PIECE)
                    .toList();
        }

        @Override
        public String toString() {
            return itemId + (optionId == null ? "" : "/" + optionId) + " " + kind + ": " + value;
        }
    }

    private QuizSecrets() {}

    static Course course(String courseId) {
        Path folder = Stream.of(Path.of("..", "content", "courses", courseId), Path.of("content", "courses", courseId))
                .filter(Files::isDirectory)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No folder for course " + courseId));
        var read = CourseReader.fromFolder(folder);
        return read.course()
                .orElseThrow(
                        () -> new IllegalStateException("Course " + courseId + " does not read: " + read.problems()));
    }

    static Quiz quiz(Course course, String quizId) {
        return course.quizzes().stream()
                .filter(q -> q.id().equals(quizId))
                .findFirst()
                .orElseThrow();
    }

    static List<Secret> of(Course course, Quiz quiz) {
        var secrets = new ArrayList<Secret>();
        for (Item item : quiz.items()) {
            secrets.addAll(of(course, item));
        }
        return secrets;
    }

    static List<Secret> of(Course course, Item item) {
        var out = new ArrayList<Secret>();
        String id = item.id();
        switch (item) {
            case SingleChoice i ->
                i.options().forEach(o -> {
                    out.add(new Secret(id, o.id(), "feedback", o.feedback()));
                    misconception(course, id, o.id(), o.misconception(), out);
                });
            case MultipleResponse i ->
                i.options().forEach(o -> {
                    out.add(new Secret(id, o.id(), "feedback", o.feedback()));
                    misconception(course, id, o.id(), o.misconception(), out);
                });
            case BestResponseItem i ->
                i.options().forEach(o -> {
                    out.add(new Secret(id, o.id(), "rationale", o.rationale()));
                    misconception(course, id, o.id(), o.misconception(), out);
                    o.ratings()
                            .raters()
                            .forEach(r -> r.scores()
                                    .keySet()
                                    .forEach(d -> out.add(new Secret(id, o.id(), "rating-dimension-id", d))));
                });
            case TrueFalse i -> {
                out.add(new Secret(id, "true", "feedback", i.feedbackTrue()));
                out.add(new Secret(id, "false", "feedback", i.feedbackFalse()));
                misconception(course, id, null, i.misconception(), out);
            }
            case Matching i -> out.add(new Secret(id, null, "feedback", i.feedback()));
            case Ordering i -> out.add(new Secret(id, null, "feedback", i.feedback()));
            case ShortText i -> {
                i.accept().forEach(a -> out.add(new Secret(id, a.text(), "feedback", a.feedback())));
                out.add(new Secret(id, null, "feedback", i.feedbackWrong()));
            }
        }
        return out;
    }

    static Vignette vignette(Course course, String vignetteId) {
        return course.vignettes().stream()
                .filter(v -> v.id().equals(vignetteId))
                .findFirst()
                .orElseThrow();
    }

    /**
     * A vignette's secrets: each choice's feedback, rationale and misconception, the endings' summaries and
     * the expert commentary of the debrief. A branching choice's secrets carry its node as item id.
     */
    static List<Secret> ofVignette(Course course, Vignette vignette) {
        var out = new ArrayList<Secret>();
        String id = vignette.id();
        out.add(new Secret(id, null, "commentary", vignette.header().commentary()));
        switch (vignette) {
            case BestResponseVignette v ->
                v.options().forEach(o -> {
                    out.add(new Secret(id, o.id(), "rationale", o.rationale()));
                    misconception(course, id, o.id(), o.misconception(), out);
                });
            case RateOptionsVignette v ->
                v.options().forEach(o -> {
                    out.add(new Secret(id, o.id(), "rationale", o.rationale()));
                    misconception(course, id, o.id(), o.misconception(), out);
                });
            case BranchingVignette v -> {
                v.nodes()
                        .forEach(n -> n.choices().forEach(c -> {
                            out.add(new Secret(n.id(), c.id(), "feedback", c.feedback()));
                            misconception(course, n.id(), c.id(), c.misconception(), out);
                        }));
                v.endings().forEach(e -> out.add(new Secret(e.id(), null, "ending-summary", e.summary())));
            }
            case FreeTextVignette v ->
                v.examples().forEach((level, text) -> out.add(new Secret(id, String.valueOf(level), "example", text)));
        }
        return out;
    }

    private static void misconception(
            Course course,
            String itemId,
            @Nullable String optionId,
            Optional<String> misconceptionId,
            List<Secret> out) {
        misconceptionId.ifPresent(m -> {
            out.add(new Secret(itemId, optionId, "misconception-id", m));
            course.misconception(m).ifPresent(mc -> {
                out.add(new Secret(itemId, optionId, "misconception", mc.text()));
                out.add(new Secret(itemId, optionId, "correction", mc.correction()));
            });
        });
    }

    /** The secrets present in any of the bodies. */
    static List<Secret> foundIn(List<Secret> secrets, List<String> bodies) {
        List<String> raw = bodies.stream().map(QuizSecrets::unescape).toList();
        List<String> flat = raw.stream().map(QuizSecrets::letters).toList();
        return secrets.stream()
                .filter(s -> s.isId()
                        ? raw.stream().anyMatch(b -> containsId(b, s.value()))
                        : s.pieces().stream().anyMatch(p -> flat.stream().anyMatch(b -> b.contains(p))))
                .toList();
    }

    /** An id such as "upr-is-approval" as a whole token, not inside a longer id. */
    private static boolean containsId(String body, String id) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])")
                .matcher(body)
                .find();
    }

    /** Undoes JSON string escapes and the HTML entities Vaadin and browsers use. */
    static String unescape(String body) {
        Matcher m = UNICODE_ESCAPE.matcher(body);
        String s = m.replaceAll(r -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(r.group(1), 16))));
        return s.replace("\\\"", "\"")
                .replace("\\/", "/")
                .replace("\\n", " ")
                .replace("\\\\", "\\")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
    }

    static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
