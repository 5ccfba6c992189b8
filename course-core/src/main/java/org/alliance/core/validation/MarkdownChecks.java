package org.alliance.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown must be Markdown: no raw HTML, no link to a script however spelt nor any link or image a
 * student's page would drop (one rule with the renderer: {@link LinkTargets}), and every glossary
 * link {@code [[id]]} and citation {@code [@id]} must name a concept or reference of the course.
 */
final class MarkdownChecks {

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern GLOSSARY_LINK = Pattern.compile("\\[\\[([^\\]|\\n]+)(?:\\|[^\\]\\n]*)?]]");
    private static final Pattern CITATION = Pattern.compile("\\[(@[^\\]\\n]*)]");
    private static final Pattern CITED_ID = Pattern.compile("(?:^|[;\\s])@([A-Za-z0-9][A-Za-z0-9_:-]*)");

    private MarkdownChecks() {}

    static void run(Checking c) {
        Set<String> concepts =
                new TreeSet<>(c.course().concepts().stream().map(k -> k.id()).toList());
        Set<String> references =
                new TreeSet<>(c.course().references().stream().map(r -> r.id()).toList());
        for (TextField field : TextFields.of(c.course())) {
            check(c, field, concepts, references);
        }
    }

    private static void check(Checking c, TextField field, Set<String> concepts, Set<String> references) {
        String text = field.text();
        // Only '<' starts HTML or an autolink, and only "](" or "]:" an inline link or a link definition.
        if (text.indexOf('<') >= 0 || text.contains("](") || text.contains("]:")) {
            for (Found found : unsafe(text)) {
                report(c, field, found.code(), found.line(), found.params());
            }
        }
        if (text.contains("[[")) {
            Matcher m = GLOSSARY_LINK.matcher(text);
            while (m.find()) {
                String id = m.group(1).strip();
                if (!concepts.contains(id)) {
                    report(c, field, ProblemCode.UNKNOWN_CONCEPT, lineOf(text, m.start()), "id", id);
                }
            }
        }
        if (text.contains("[@")) {
            Matcher m = CITATION.matcher(text);
            while (m.find()) {
                Matcher ids = CITED_ID.matcher(m.group(1));
                while (ids.find()) {
                    if (!references.contains(ids.group(1))) {
                        report(c, field, ProblemCode.UNKNOWN_REFERENCE, lineOf(text, m.start()), "id", ids.group(1));
                    }
                }
            }
        }
    }

    private static void report(Checking c, TextField field, ProblemCode code, int line, String... params) {
        Location start = c.sources().has(field.path() + "#text")
                ? c.sources().locate(field.path() + "#text")
                : c.sources().locate(field.path());
        c.log().report(code, start.down(line), field.path(), params);
    }

    static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A problem found in one Markdown text: its code, its line within the text (from 0), its parameters. */
    record Found(ProblemCode code, int line, String... params) {}

    /** Raw HTML, and links or images that lead where course pages never go (see {@link LinkTargets}). */
    static List<Found> unsafe(String markdown) {
        List<Found> found = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                found.add(new Found(
                        ProblemCode.RAW_HTML, line(block.getSourceSpans()), "html", snippet(block.getLiteral())));
            }

            @Override
            public void visit(HtmlInline inline) {
                found.add(new Found(
                        ProblemCode.RAW_HTML, line(inline.getSourceSpans()), "html", snippet(inline.getLiteral())));
            }

            @Override
            public void visit(Link link) {
                target(link, link.getDestination(), false);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                target(image, image.getDestination(), true);
                visitChildren(image);
            }

            private void target(Node node, String destination, boolean image) {
                int line = line(node.getSourceSpans());
                String written = snippet(written(lines, node.getSourceSpans(), destination));
                LinkTargets.Verdict verdict = LinkTargets.of(destination);
                if (verdict == LinkTargets.Verdict.SCRIPT) {
                    found.add(new Found(
                            ProblemCode.SCRIPT_LINK,
                            line,
                            "link",
                            written,
                            "scheme",
                            LinkTargets.scheme(destination).orElse("")));
                } else if (image) {
                    found.add(new Found(ProblemCode.UNSUPPORTED_IMAGE, line, "image", written));
                } else if (verdict == LinkTargets.Verdict.UNSUPPORTED) {
                    found.add(new Found(
                            ProblemCode.UNSUPPORTED_LINK, line, "link", written, "url", visible(destination)));
                }
            }
        });
        return found;
    }

    /** The link as the author wrote it, character references and all; its target when spans are unknown. */
    private static String written(String[] lines, List<SourceSpan> spans, String fallback) {
        StringBuilder out = new StringBuilder();
        for (SourceSpan span : spans) {
            if (span.getLineIndex() >= lines.length) {
                return fallback;
            }
            String line = lines[span.getLineIndex()];
            int from = Math.min(span.getColumnIndex(), line.length());
            out.append(out.isEmpty() ? "" : " ").append(line, from, Math.min(from + span.getLength(), line.length()));
        }
        return out.isEmpty() ? fallback : out.toString();
    }

    /** Control characters shown as U+XXXX, so the message says what is hidden in the address. */
    private static String visible(String destination) {
        StringBuilder out = new StringBuilder();
        destination
                .chars()
                .forEach(ch -> out.append(
                        ch < 0x20 || ch == 0x7F
                                ? String.format(Locale.ROOT, "[U+%04X]", ch)
                                : String.valueOf((char) ch)));
        return snippet(out.toString());
    }

    private static int line(List<SourceSpan> spans) {
        return spans.isEmpty() ? 0 : spans.getFirst().getLineIndex();
    }

    private static String snippet(String literal) {
        String oneLine = literal.strip().replace('\n', ' ');
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "..." : oneLine;
    }
}
