package org.alliance.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No JavaScript built from data (ASVS 1.3.2): every script the server sends to the browser through
 * {@code executeJs} or {@code callJsFunction} is fixed text in the source, string literals and text blocks
 * (joined with {@code +} at most) or a {@code static final} constant made only of them. Values reach the script
 * only as parameters ({@code $0}, {@code $1}), which Vaadin sends as JSON data, never as code. A source scan of
 * course-web's main code; the scanner's own judgement is checked on examples first.
 */
class ExecuteJsScanTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern CALL = Pattern.compile("\\b(executeJs|callJsFunction)\\s*\\(");

    @Test
    void the_scanner_tells_fixed_scripts_from_built_ones() {
        assertThat(problems("x", "e.executeJs(\"this.focus()\");")).isEmpty();
        assertThat(problems("x", "e.executeJs(\"a;\" + \"b;\", name);")).isEmpty();
        assertThat(problems("x", "e.executeJs(\"\"\"\n  this.value = $0;\n  \"\"\", text);"))
                .isEmpty();
        assertThat(problems("x", "static final String S = \"go()\";\nvoid f() { p.executeJs(S); }"))
                .isEmpty();
        assertThat(problems("x", "e.executeJs(\"this.title = '\" + title + \"'\");"))
                .hasSize(1);
        assertThat(problems("x", "e.executeJs(script);")).hasSize(1);
        assertThat(problems("x", "e.executeJs(\"f(%s)\".formatted(name));")).hasSize(1);
        assertThat(problems("x", "static final String S = \"go(\" + NAME;\nvoid f() { p.executeJs(S); }"))
                .hasSize(1);
        assertThat(problems("x", "e.callJsFunction(\"focus\", field);")).isEmpty();
    }

    @Test
    void every_script_sent_to_the_browser_is_fixed_text_with_values_only_as_parameters() throws IOException {
        List<String> found = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                calls += (int) CALL.matcher(source).results().count();
                found.addAll(problems(SOURCES.relativize(file).toString(), source));
            }
        }
        assertThat(calls).as("the scan finds the app's executeJs calls").isPositive();
        assertThat(found)
                .as("scripts built from something other than fixed text")
                .isEmpty();
    }

    /** One line per call whose script (first argument) is not fixed text. */
    static List<String> problems(String file, String source) {
        List<String> problems = new ArrayList<>();
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            String script = firstArgument(source, call.end());
            if (!isFixed(script, source)) {
                int line = (int) source.substring(0, call.start())
                                .chars()
                                .filter(c -> c == '\n')
                                .count()
                        + 1;
                problems.add(file + ":" + line + ": " + call.group(1) + "(" + script.strip() + ", ...)");
            }
        }
        return problems;
    }

    /** Literal-only text (after removing literals, nothing but {@code +} and spaces) or such a constant. */
    private static boolean isFixed(String expression, String source) {
        if (expression.isBlank()) {
            return false;
        }
        String rest = withoutLiterals(expression).replaceAll("[+\\s]", "");
        if (rest.isEmpty()) {
            return true;
        }
        if (rest.matches("[A-Z][A-Z0-9_]*")) {
            Matcher constant =
                    Pattern.compile("static final String " + rest + "\\s*=").matcher(source);
            return constant.find()
                    && isFixed(untilSemicolon(source, constant.end()), source.replace(constant.group(), ""));
        }
        return false;
    }

    private static String withoutLiterals(String expression) {
        return expression.replaceAll("(?s)\"\"\".*?\"\"\"", "").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "");
    }

    /** The text from {@code start} to the first top-level comma or closing parenthesis, skipping literals. */
    private static String firstArgument(String source, int start) {
        int depth = 0;
        int i = start;
        while (i < source.length()) {
            if (source.startsWith("\"\"\"", i)) {
                i = source.indexOf("\"\"\"", i + 3) + 3;
                continue;
            }
            char c = source.charAt(i);
            if (c == '"') {
                i++;
                while (source.charAt(i) != '"') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                depth++;
            } else if ((c == ')' || c == ',') && depth == 0) {
                return source.substring(start, i);
            } else if (c == ')') {
                depth--;
            }
            i++;
        }
        return source.substring(start);
    }

    private static String untilSemicolon(String source, int start) {
        int i = start;
        while (i < source.length() && source.charAt(i) != ';') {
            if (source.startsWith("\"\"\"", i)) {
                i = source.indexOf("\"\"\"", i + 3) + 3;
                continue;
            }
            if (source.charAt(i) == '"') {
                i++;
                while (source.charAt(i) != '"') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
            }
            i++;
        }
        return source.substring(start, i);
    }
}
