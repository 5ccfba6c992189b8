package org.alliance.web.learning;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.core.model.Course;
import org.alliance.core.validation.LinkTargets;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ConcurrentLruCache;

/**
 * Course Markdown to HTML that is safe to put on a page: glossary links {@code [[id]]} become terms whose
 * definition shows on hover and focus, citations {@code [@id]} link to the reference list, and the result
 * passes an allow-list sanitiser (content is authored, but an imported course is still untrusted input).
 */
@Component
public class LessonRenderer {
    private static final Pattern TERM = Pattern.compile("\\[\\[([a-z0-9][a-z0-9-]*)(?:\\|([^\\]]+))?]]");
    private static final Pattern CITATION = Pattern.compile("\\[@([a-z0-9][a-z0-9-]*)(?:,\\s*([^\\]]+))?]");
    private static final Pattern MARKDOWN_PUNCTUATION = Pattern.compile("[\\\\`*_{}\\[\\]()<>#+!|~&-]");
    private static final Pattern TERM_LINK = Pattern.compile("<a href=\"#term-([a-z0-9-]+)\">(.*?)</a>");
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "ul",
                    "ol",
                    "li",
                    "strong",
                    "em",
                    "blockquote",
                    "code",
                    "pre",
                    "hr",
                    "br",
                    "a",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td")
            // The validator's rule for link targets (course-core's LinkTargets), so a link is either refused
            // when the course is read or shown here, never dropped in silence; OWASP's own check stays too.
            .allowUrlProtocols(LinkTargets.SCHEMES.toArray(String[]::new))
            .allowAttributes("href")
            .matching(LinkTargets::allows)
            .onElements("a")
            .allowAttributes("start")
            .onElements("ol")
            .toFactory();

    /** Rendered texts by course version, text and page: a version never changes, so neither does its HTML. */
    private final ConcurrentLruCache<Key, Rendered> rendered = new ConcurrentLruCache<>(2_000, this::renderNow);

    /** Item stems and vignette texts: the same few hundred strings on every quiz page. */
    private final ConcurrentLruCache<String, String> standalone =
            new ConcurrentLruCache<>(2_000, this::renderStandaloneNow);

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().escapeHtml(true).build();

    /**
     * Renders one Markdown text of the course for the page at {@code page} (its path from the app's root, e.g.
     * {@code courses/c/lessons/l}), which lists the references the text cites: a citation links to
     * {@code page#ref-id}. A bare {@code #ref-id} would resolve against the app's base URL and lead home.
     */
    public Rendered render(Course course, String markdown, String page) {
        return render(course, markdown, Optional.of(page));
    }

    /**
     * As {@link #render(Course, String, String)} for a page with no reference list: citations are plain text. Not
     * cached: the editor's preview renders drafts, a new course object per keystroke.
     */
    public Rendered renderUnlinked(Course course, String markdown) {
        return renderNow(new Key(course, markdown, Optional.empty()));
    }

    private Rendered render(Course course, String markdown, Optional<String> page) {
        return rendered.get(new Key(course, markdown, page));
    }

    /**
     * A course by identity: published versions are parsed once and kept (CourseVersions), so the same version is
     * the same object, and a record's own hash would walk the whole course on every look-up.
     */
    private record Key(Course course, String markdown, Optional<String> page) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.course == course && k.markdown.equals(markdown) && k.page.equals(page);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * System.identityHashCode(course) + markdown.hashCode()) + page.hashCode();
        }
    }

    private Rendered renderNow(Key key) {
        Course course = key.course();
        String markdown = key.markdown();
        Optional<String> page = key.page();
        Set<String> cited = new LinkedHashSet<>();
        String linked = linkCitations(course, linkTerms(course, markdown), cited, page);
        String html = sanitise(renderer.render(parser.parse(linked)));
        return new Rendered("<div class=\"prose\">" + expandTerms(course, html) + "</div>", Set.copyOf(cited));
    }

    /**
     * Renders Markdown that stands outside a course page (an item's stem, a vignette's context): glossary
     * links show their text and citations their id, since no glossary or reference list is at hand.
     */
    public String renderStandalone(String markdown) {
        return standalone.get(markdown);
    }

    private String renderStandaloneNow(String markdown) {
        String plain = TERM.matcher(markdown)
                .replaceAll(m -> Matcher.quoteReplacement(
                        m.group(2) != null ? m.group(2) : m.group(1).replace('-', ' ')));
        plain = CITATION.matcher(plain).replaceAll("");
        return "<div class=\"prose\">" + sanitise(renderer.render(parser.parse(plain))) + "</div>";
    }

    /** The allow-list alone, whatever made the HTML: what a lesson page may hold, and nothing else. */
    static String sanitise(String html) {
        return POLICY.sanitize(html);
    }

    /** Sanitised HTML with one root element, and the references it cites. */
    public record Rendered(String html, Set<String> citedReferences) {}

    private static String linkTerms(Course course, String markdown) {
        Matcher m = TERM.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group(1);
            String text = m.group(2) != null
                    ? m.group(2)
                    : course.concept(id).map(c -> literal(c.term())).orElse(id);
            m.appendReplacement(out, Matcher.quoteReplacement("[" + text + "](#term-" + id + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String linkCitations(Course course, String markdown, Set<String> cited, Optional<String> page) {
        Matcher m = CITATION.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group(1);
            String label =
                    course.reference(id).map(r -> literal(CitationLabels.of(r))).orElse(id)
                            + (m.group(2) != null ? ", " + m.group(2).strip() : "");
            cited.add(id);
            String citation =
                    page.map(p -> "[(" + label + ")](" + p + "#ref-" + id + ")").orElse("(" + label + ")");
            m.appendReplacement(out, Matcher.quoteReplacement(citation));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Text from a glossary or reference list, made literal before it goes into a link's Markdown, so a bracket
     * or asterisk in a name or title shows as itself instead of ending the link or starting emphasis.
     */
    private static String literal(String text) {
        return MARKDOWN_PUNCTUATION.matcher(text).replaceAll("\\\\$0");
    }

    /** Runs after sanitising, on the sanitiser's own output; definitions are escaped here. */
    private static String expandTerms(Course course, String html) {
        Matcher m = TERM_LINK.matcher(html);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            var concept = course.concept(m.group(1));
            if (concept.isEmpty()) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(2)));
                continue;
            }
            String defId = "term-def-" + (++n);
            String markup = "<span class=\"term-wrap\"><span class=\"term\" tabindex=\"0\" aria-describedby=\""
                    + defId + "\">" + m.group(2) + "</span><span class=\"term-def\" role=\"tooltip\" id=\"" + defId
                    + "\"><strong>" + escape(concept.get().term()) + "</strong>: "
                    + escape(concept.get().definition()) + "</span></span>";
            m.appendReplacement(out, Matcher.quoteReplacement(markup));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
