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
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown must be Markdown: no raw HTML or script (nor javascript: links), and every glossary
 * link {@code [[id]]} and citation {@code [@id]} must name a concept or reference of the course.
 */
final class MarkdownChecks {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern GLOSSARY_LINK = Pattern.compile("\\[\\[([^\\]|\\n]+)(?:\\|[^\\]\\n]*)?]]");
    private static final Pattern CITATION = Pattern.compile("\\[(@[^\\]\\n]*)]");
    private static final Pattern CITED_ID = Pattern.compile("(?:^|[;\\s])@([A-Za-z0-9][A-Za-z0-9_:-]*)");

    private MarkdownChecks() {
    }

    static void run(Checking c) {
        Set<String> concepts = new TreeSet<>(c.course().concepts().stream().map(k -> k.id()).toList());
        Set<String> references = new TreeSet<>(c.course().references().stream().map(r -> r.id()).toList());
        for (TextField field : TextFields.of(c.course())) {
            check(c, field, concepts, references);
        }
    }

    private static void check(Checking c, TextField field, Set<String> concepts, Set<String> references) {
        String text = field.text();
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.indexOf('<') >= 0 || lower.contains("script:") || lower.contains("data:")) {
            for (Html html : html(text)) {
                report(c, field, ProblemCode.RAW_HTML, html.line(), "html", html.snippet());
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

    /** HTML found in a Markdown text, with its line within the text (from 0). */
    record Html(int line, String snippet) {
    }

    static List<Html> html(String markdown) {
        List<Html> found = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                found.add(new Html(line(block.getSourceSpans()), snippet(block.getLiteral())));
            }

            @Override
            public void visit(HtmlInline inline) {
                found.add(new Html(line(inline.getSourceSpans()), snippet(inline.getLiteral())));
            }

            @Override
            public void visit(Link link) {
                unsafe(link.getDestination(), link.getSourceSpans());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                unsafe(image.getDestination(), image.getSourceSpans());
                visitChildren(image);
            }

            private void unsafe(String destination, List<SourceSpan> spans) {
                String d = destination.strip().toLowerCase(Locale.ROOT);
                if (d.startsWith("javascript:") || d.startsWith("vbscript:") || d.startsWith("data:")) {
                    found.add(new Html(line(spans), snippet(destination)));
                }
            }
        });
        return found;
    }

    private static int line(List<SourceSpan> spans) {
        return spans.isEmpty() ? 0 : spans.getFirst().getLineIndex();
    }

    private static String snippet(String literal) {
        String oneLine = literal.strip().replace('\n', ' ');
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "..." : oneLine;
    }
}
