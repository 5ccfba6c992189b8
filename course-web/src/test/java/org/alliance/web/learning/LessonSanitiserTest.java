package org.alliance.web.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alliance.core.format.CourseReader;
import org.alliance.core.model.Course;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What survives of hostile course text. An imported course is untrusted input, and its Markdown reaches the page
 * as HTML; two walls stand in the way: commonmark escapes raw HTML, and the allow-list policy
 * ({@link LessonRenderer#sanitise}) keeps only the elements and link targets a lesson needs. Each wall is tested
 * on its own, so neither silently rests on the other. Every row pins the exact output: the dangerous part is
 * gone and the harmless text ("Hello") is still there.
 */
class LessonSanitiserTest {
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL = Pattern.compile(
            "(href|src|action|formaction|xlink:href)\\s*=\\s*\"?\\s*(javascript|vbscript|data):",
            Pattern.CASE_INSENSITIVE);

    private final LessonRenderer renderer = new LessonRenderer();

    /** HTML straight into the policy, as if commonmark ever let raw HTML through. */
    static Stream<Arguments> hostileHtml() {
        return Stream.of(
                row("<script>alert(1)</script><p>Hello</p>", "<p>Hello</p>"),
                row("<template><script>alert(1)</script></template><p>Hello</p>", "<p>Hello</p>"),
                row("<!--<script>alert(1)</script>--><p>Hello</p>", "<p>Hello</p>"),
                row("<scr<script>ipt>alert(1)</script><p>Hello</p>", "ipt&gt;alert(1)<p>Hello</p>"),
                row(
                        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">Hello</p></noscript>",
                        "<p>Hello</p>"),
                // Event handlers and style attributes go; the element stays.
                row("<p onclick=\"alert(1)\">Hello</p>", "<p>Hello</p>"),
                row("<p style=\"background:url(javascript:alert(1))\">Hello</p>", "<p>Hello</p>"),
                row("<div id=\"x\"><p class=\"evil\">Hello</p></div>", "<p>Hello</p>"),
                row(
                        "<ol start=\"3\" type=\"a\" onclick=\"alert(1)\"><li>Hello</li></ol>",
                        "<ol start=\"3\"><li>Hello</li></ol>"),
                row(
                        "<table><tr><td background=\"javascript:alert(1)\">Hello</td></tr></table>",
                        "<table><tbody><tr><td>Hello</td></tr></tbody></table>"),
                // Script addresses in every spelling a browser would still run: the link goes, its text stays.
                row("<a href=\"javascript:alert(1)\">Hello</a>", "Hello"),
                row("<a href=\"JAVASCRIPT:alert(1)\">Hello</a>", "Hello"),
                row("<a href=\"&#106;avascript:alert(1)\">Hello</a>", "Hello"),
                row("<a href=\"&#x6A;avascript:alert(1)\">Hello</a>", "Hello"),
                row("<a href=\"&#0000106;avascript:alert(1)\">Hello</a>", "Hello"),
                row("<a href=\"jav&#x09;ascript:alert(1)\">Hello</a>", "Hello"),
                row("<a href=\"jav&#9;ascript:alert(1)\">Hello</a>", "Hello"),
                row("<a href=\"jav&Tab;ascript:alert(1)\">Hello</a>", "Hello"),
                row("<a href=\"javascript&colon;alert(1)\">Hello</a>", "Hello"),
                row("<a href=\" &#x20;javascript:alert(1)\">Hello</a>", "Hello"),
                row("<a href=\"vbscript:msgbox(1)\">Hello</a>", "Hello"),
                row("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">Hello</a>", "Hello"),
                // A good link keeps its address and loses everything else.
                row(
                        "<a href=\"https://example.org/\" onmouseover=\"alert(1)\" target=\"_blank\" style=\"color:red\">"
                                + "Hello</a>",
                        "<a href=\"https://example.org/\">Hello</a>"),
                row(
                        "<a href=\"https://example.org/&quot; onclick=&quot;alert(1)\">Hello</a>",
                        "<a href=\"https://example.org/&#34;%20onclick&#61;&#34;alert%281%29\">Hello</a>"),
                row("<a href=\"notes/page#part\">Hello</a>", "<a href=\"notes/page#part\">Hello</a>"),
                // SVG and MathML: the elements go, with their scripts and links; plain text inside stays text.
                row("<svg onload=\"alert(1)\"><circle r=\"1\"/></svg><p>Hello</p>", "<p>Hello</p>"),
                row("<svg><script>alert(1)</script></svg><p>Hello</p>", "<p>Hello</p>"),
                row("<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math><p>Hello</p>", "x<p>Hello</p>"),
                row(
                        "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">Click</maction>"
                                + "</math><p>Hello</p>",
                        "Click<p>Hello</p>"),
                // Embedded documents, forms and page-level elements.
                row("<iframe src=\"https://evil.example/\"></iframe><p>Hello</p>", "<p>Hello</p>"),
                row("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe><p>Hello</p>", "<p>Hello</p>"),
                row("<object data=\"x.swf\"></object><embed src=\"x.swf\"><p>Hello</p>", "<p>Hello</p>"),
                row("<img src=\"x\" onerror=\"alert(1)\"><p>Hello</p>", "<p>Hello</p>"),
                row(
                        "<form action=\"https://evil.example/\"><input name=\"password\">"
                                + "<button formaction=\"javascript:alert(1)\">Hello</button></form>",
                        "Hello"),
                row("<style>p{display:none}</style><p>Hello</p>", "<p>Hello</p>"),
                row("<base href=\"https://evil.example/\"><p>Hello</p>", "<p>Hello</p>"),
                row("<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><p>Hello</p>", "<p>Hello</p>"),
                row("<link rel=\"stylesheet\" href=\"https://evil.example/x.css\"><p>Hello</p>", "<p>Hello</p>"),
                row("<h1>Hello</h1>", "Hello"),
                row("<p>Tom &amp; Jerry &lt;script&gt; Hello</p>", "<p>Tom &amp; Jerry &lt;script&gt; Hello</p>"));
    }

    /** Course Markdown through the whole renderer, as a lesson, stem or vignette context is shown. */
    static Stream<Arguments> hostileMarkdown() {
        return Stream.of(
                // Raw HTML is shown as text, never parsed.
                row("<script>alert(1)</script> Hello", "<p>&lt;script&gt;alert(1)&lt;/script&gt; Hello</p>"),
                row("<img src=x onerror=alert(1)> Hello", "<p>&lt;img src&#61;x onerror&#61;alert(1)&gt; Hello</p>"),
                row(
                        "<b onmouseover=\"alert(1)\">Hello</b>",
                        "<p>&lt;b onmouseover&#61;&#34;alert(1)&#34;&gt;Hello&lt;/b&gt;</p>"),
                row("<svg onload=alert(1)>Hello", "<p>&lt;svg onload&#61;alert(1)&gt;Hello</p>"),
                row(
                        "<p style=\"color:red\">Hello</p>",
                        "<p>&lt;p style&#61;&#34;color:red&#34;&gt;Hello&lt;/p&gt;</p>"),
                row(
                        "<iframe src=\"https://evil.example/\"></iframe>Hello",
                        "<p>&lt;iframe src&#61;&#34;https://evil.example/&#34;&gt;&lt;/iframe&gt;Hello</p>"),
                row(
                        "<form action=\"/x\"><input name=\"p\"></form>Hello",
                        "<p>&lt;form action&#61;&#34;/x&#34;&gt;&lt;input name&#61;&#34;p&#34;&gt;&lt;/form&gt;Hello</p>"),
                row(
                        "```html\n<script>alert(1)</script>\nHello\n```",
                        "<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\nHello\n</code></pre>"),
                // Script addresses, however commonmark is asked to spell them: the link text stays, unlinked.
                row("[Hello](javascript:alert(1))", "<p>Hello</p>"),
                row("[Hello](&#106;avascript:alert(1))", "<p>Hello</p>"),
                row("[Hello](&#x6A;avascript:alert(1))", "<p>Hello</p>"),
                row("[Hello](jav&#x09;ascript:alert(1))", "<p>Hello</p>"),
                row("[Hello](java&#x0A;script:alert(1))", "<p>Hello</p>"),
                row("[Hello](<javascript:alert(1)>)", "<p>Hello</p>"),
                row("[Hello](java%73cript:alert(1))", "<p>Hello</p>"),
                row("[Hello](vbscript:msgbox(1))", "<p>Hello</p>"),
                row("[Hello](data:text/html;base64,PHNjcmlwdD4=)", "<p>Hello</p>"),
                row("[Hello][x]\n\n[x]: javascript:alert(1)", "<p>Hello</p>"),
                row("[Hello][x]\n\n[x]: &#106;avascript:alert(1)", "<p>Hello</p>"),
                // An autolink to a script address stays as words, with no link.
                row("Hello <javascript:alert(1)>", "<p>Hello javascript:alert(1)</p>"),
                // A link inside a link's text: the inner one is the link, and it is dropped.
                row("[a [Hello](javascript:alert(1))](https://example.org)", "<p>[a Hello](https://example.org)</p>"),
                // A title that tries to close its quote, an address that tries to: neither makes an attribute.
                row(
                        "[Hello](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")",
                        "<p><a href=\"https://example.org\">Hello</a></p>"),
                row(
                        "[Hello](https://example.org/\"onclick=\"alert(1))",
                        "<p><a href=\"https://example.org/&#34;onclick&#61;&#34;alert%281%29\">Hello</a></p>"),
                row("[Hello](https://example.org)", "<p><a href=\"https://example.org\">Hello</a></p>"));
    }

    @ParameterizedTest
    @MethodSource("hostileHtml")
    void the_policy_keeps_only_what_a_lesson_needs(String html, String survives) {
        String out = LessonRenderer.sanitise(html);

        assertThat(out).isEqualTo(survives);
        assertSafe(out);
    }

    @ParameterizedTest
    @MethodSource("hostileMarkdown")
    void hostile_markdown_is_shown_as_harmless_text(String markdown, String survives) {
        String out = renderer.renderStandalone(markdown);

        assertThat(out).isEqualTo("<div class=\"prose\">" + survives + "\n</div>");
        assertSafe(out);
    }

    @Test
    void an_image_never_reaches_the_page_whatever_its_address() {
        for (String markdown : new String[] {
            "![Hello](javascript:alert(1))",
            "![Hello](https://example.org/x.png)",
            "![Hello](data:image/svg+xml;base64,PHN2Zz4=)"
        }) {
            String out = renderer.renderStandalone(markdown);
            assertThat(out).as(markdown).isEqualTo("<div class=\"prose\"><p></p>\n</div>");
        }
    }

    @Test
    void glossary_definitions_and_reference_authors_cannot_break_out_of_their_text() {
        // The validator refuses raw HTML in a definition, so what is left to try is quotes and brackets.
        Course course = courseWith(
                "definition: Agreement on the goals and tasks of therapy, plus an emotional bond.",
                "definition: \"5 < 6 & \\\" onmouseover=\\\"alert(2) > 'x'\"",
                "authors: Bordin, E. S.",
                "authors: \"Bordin](javascript:alert(3)) [Hello\"");

        String html = renderer.render(course, "Hello [[working-alliance]] and [@bordin1979].", "courses/c/lessons/l")
                .html();

        assertSafe(html);
        assertThat(html)
                .contains("</strong>: 5 &lt; 6 &amp; &quot; onmouseover=&quot;alert(2) &gt; &#39;x&#39;</span>")
                // The label is the citation's text, brackets and all, inside the one link to the reference.
                .contains(" and <a href=\"courses/c/lessons/l#ref-bordin1979\">"
                        + "(Bordin](javascript:alert(3)) [Hello, 1979)</a>.</p>")
                .startsWith("<div class=\"prose\"><p>Hello <span class=\"term-wrap\">");
    }

    @Test
    void a_term_link_written_by_hand_to_a_missing_concept_is_plain_text() {
        Course course = courseWith("x", "x", "x", "x");

        String html = renderer.render(course, "[Hello](#term-nothing-here) there", "courses/c/lessons/l")
                .html();

        assertThat(html).isEqualTo("<div class=\"prose\"><p>Hello there</p>\n</div>");
    }

    private static void assertSafe(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower)
                .doesNotContain("<script")
                .doesNotContain("<svg")
                .doesNotContain("<math")
                .doesNotContain("<iframe")
                .doesNotContain("<form")
                .doesNotContain("<img")
                .doesNotContain("<style")
                .doesNotContain("style=");
        assertThat(EVENT_HANDLER.matcher(html).find())
                .as("an event handler in %s", html)
                .isFalse();
        assertThat(SCRIPT_URL.matcher(html).find())
                .as("a script address in %s", html)
                .isFalse();
        assertThat(html).contains("Hello");
    }

    private static Arguments row(String input, String survives) {
        return Arguments.of(input, survives);
    }

    /** The gradebook test course with one line of its glossary and one of its references replaced. */
    private static Course courseWith(
            String glossaryLine, String glossaryReplacement, String referenceLine, String referenceReplacement) {
        Path folder = Path.of("src/test/resources/courses/gradebook-test");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.computeIfPresent("glossary.yaml", (k, v) -> v.replace(glossaryLine, glossaryReplacement));
        files.computeIfPresent("references.yaml", (k, v) -> v.replace(referenceLine, referenceReplacement));
        var read = CourseReader.fromFiles(files);
        assertThat(read.errors()).isEmpty();
        return read.course().orElseThrow();
    }
}
