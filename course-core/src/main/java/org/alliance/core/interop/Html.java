package org.alliance.core.interop;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to the HTML an LMS stores. Content has no raw HTML (the validator refuses it), and any
 * that slipped in is escaped, with unsafe link targets dropped, so the export never carries script.
 */
final class Html {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Html() {}

    static String of(String markdown) {
        return markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown)).strip();
    }

    /** XML text content: the five special characters escaped, characters XML 1.0 forbids removed. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
