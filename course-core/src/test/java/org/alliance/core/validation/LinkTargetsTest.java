package org.alliance.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.validation.LinkTargets.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Link targets as commonmark hands them over (character references already decoded), judged as a browser reads them. */
class LinkTargetsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "javascript:alert(1)        | SCRIPT",
                "JaVaScRiPt:alert(1)        | SCRIPT",
                "\" javascript:alert(1)\"   | SCRIPT",
                "\"\u0001javascript:x\"     | SCRIPT",
                "\"java\tscript:x\"         | SCRIPT",
                "\"java\nscript:x\"         | SCRIPT",
                "\"java\u0000script:x\"     | SCRIPT",
                "vbscript:msgbox(1)         | SCRIPT",
                "data:text/html;base64,PHNjcmlwdD4= | SCRIPT",
                "DATA:image/png;base64,iVBO | SCRIPT",
                "ftp://example.org/f.pdf    | UNSUPPORTED",
                "file:///etc/passwd         | UNSUPPORTED",
                "\"ht\ttp://example.org\"   | UNSUPPORTED",
                "\"a b:c\"                  | UNSUPPORTED",
                "java%0ascript:x            | UNSUPPORTED",
                "https://example.org/a?b=c:d | ALLOWED",
                "HTTP://EXAMPLE.ORG         | ALLOWED",
                "mailto:team@example.org    | ALLOWED",
                "#ref-bordin1979            | ALLOWED",
                "notes/page                 | ALLOWED",
                "/courses/x?at=10:30        | ALLOWED",
                "//example.org/x            | ALLOWED",
                "\"  https://example.org  \" | ALLOWED",
            })
    void a_target_is_judged_by_its_scheme_however_it_is_spelt(String destination, Verdict expected) {
        assertThat(LinkTargets.of(destination)).isEqualTo(expected);
        assertThat(LinkTargets.allows(destination)).isEqualTo(expected == Verdict.ALLOWED);
    }
}
