package org.alliance.web.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.alliance.core.validation.LinkTargets;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The renderer and the validator judge link targets by one rule (course-core's {@link LinkTargets}): a link is
 * shown exactly when the validator lets it through, and a script address is never shown, however it is spelt.
 */
class LessonRendererLinksTest {

    private final LessonRenderer renderer = new LessonRenderer();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "jav&#x61;script:alert(1)",
                "&#106;avascript:alert(1)",
                "javascript&colon;alert(1)",
                "JaVaScRiPt:alert(1)",
                "java&#x09;script:alert(1)",
                "&#x20;javascript:alert(1)",
                "<java\tscript:alert(1)>",
                "vbscript&#58;msgbox(1)",
                "data&#58;text/html,x",
                "ftp://example.org/x",
                "ht&#9;tp://example.org",
                "https://example.org/page",
                "http://example.org",
                "mailto:team@example.org",
                "#section",
                "notes/page",
                "//example.org/x"
            })
    void a_link_is_shown_exactly_when_the_validator_allows_its_target(String written) {
        String html = renderer.renderStandalone("See [this](" + written + ").");
        String destination = Parser.builder()
                                .build()
                                .parse("[x](" + written + ")")
                                .getFirstChild()
                                .getFirstChild()
                        instanceof Link link
                ? link.getDestination()
                : "";

        assertThat(destination).as("commonmark reads a link").isNotEmpty();
        assertThat(html.contains("href=")).as(html).isEqualTo(LinkTargets.allows(destination));
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("script:").doesNotContain("data:");
    }
}
