package org.alliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nulabinc.zxcvbn.Feedback;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.alliance.core.changes.ChangeKind;
import org.alliance.core.changes.Part;
import org.alliance.core.model.ActivityKind;
import org.alliance.core.model.GradingMethod;
import org.alliance.core.model.Level;
import org.alliance.core.model.Outcome;
import org.alliance.core.model.VignetteKind;
import org.alliance.core.scoring.Correctness;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.PasswordPolicy;
import org.junit.jupiter.api.Test;

/**
 * Every text key the code names exists in every translation file, no file lacks a key the default has, and
 * every message reads exactly as written when the i18n provider Vaadin runs renders it, with its arguments
 * and without (the provider applies MessageFormat only when there are arguments).
 */
@AllianceTest
class TranslationKeysTest extends SpringBrowserlessTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Path DEFAULT_BUNDLE = BUNDLES.resolve("translations.properties");
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "(?:getTranslation\\(|title = |AccountException\\(|(?<!startsWith)\\(\")\"?([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern LEFTOVER = Pattern.compile("\\{\\d+}");
    /** A call that takes a translation key first: the views' getTranslation and the forms' ctx.t. */
    private static final Pattern TRANSLATION_CALL = Pattern.compile("\\b(?:getTranslation|t)\\(");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void every_key_used_in_code_is_in_the_default_bundle() throws IOException, IllegalAccessException {
        Properties english = load(DEFAULT_BUNDLE);
        Set<String> used = keysUsedInCode();
        for (AccountRole role : AccountRole.values()) {
            used.add("role." + role.name());
        }
        for (ActivityKind kind : ActivityKind.values()) {
            used.add("activity." + kind.name());
        }
        for (var kind : VignetteKind.values()) {
            used.add("vignette.kind." + kind.name());
        }
        for (var level : Level.values()) {
            used.add("vignette.level." + level.name());
        }
        for (var outcome : Outcome.values()) {
            used.add("vignette.outcome." + outcome.name());
        }
        for (var correctness : Correctness.values()) {
            used.add("quiz.correctness." + correctness.name());
        }
        for (var method : GradingMethod.values()) {
            used.add("quiz.rules.grading." + method.name());
        }
        for (PasswordPolicy.Problem problem : PasswordPolicy.Problem.values()) {
            used.add(problem.messageKey());
        }
        // Every hint zxcvbn can give on a weak password; its keys are the Feedback class's constants.
        for (var field : Feedback.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                used.add(PasswordPolicy.FEEDBACK_PREFIX + field.get(null));
            }
        }
        for (var kind : ChangeKind.values()) {
            used.add("versions.change." + kind.name());
            used.add("versions.kind." + kind.name().toLowerCase(Locale.ROOT));
        }
        for (var part : Part.values()) {
            used.add((part == Part.COURSE || part == Part.RUBRIC ? "versions.changed." : "versions.part.")
                    + part.name());
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void every_other_language_has_the_same_keys() throws IOException {
        Set<String> english = load(DEFAULT_BUNDLE).stringPropertyNames();
        for (Path file : otherLanguages()) {
            assertThat(load(file).stringPropertyNames()).as(file.toString()).isEqualTo(english);
        }
    }

    /**
     * Each message goes through the provider Vaadin itself uses (the one the views' getTranslation reaches),
     * with sample arguments for its placeholders, and must come out as its text with the arguments in place:
     * no {n} left, no apostrophe lost or doubled. Messages without placeholders must read the same whether a
     * caller passes arguments or not. The file is read here as UTF-8, so a provider reading another charset
     * would garble every ’ and fail too.
     */
    @Test
    void every_message_reads_as_written_through_vaadins_provider() throws IOException {
        I18NProvider provider = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        List<String> problems = new ArrayList<>();
        Map<Path, Locale> bundles = new TreeMap<>();
        bundles.put(DEFAULT_BUNDLE, Locale.ENGLISH);
        for (Path file : otherLanguages()) {
            bundles.put(
                    file,
                    Locale.forLanguageTag(file.getFileName()
                            .toString()
                            .replaceAll("^translations_|\\.properties$", "")
                            .replace('_', '-')));
        }
        int checked = 0;
        for (var bundle : bundles.entrySet()) {
            for (var message : messages(bundle.getKey()).entrySet()) {
                problems.addAll(check(provider, bundle.getValue(), message.getKey(), message.getValue()));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(problems).as("messages that do not read as written").isEmpty();
    }

    /**
     * A message with placeholders called without its arguments shows {0} to the user. Every call that names
     * its key in the code (getTranslation or a form's t, a ternary or switch of keys included) passes as many
     * arguments as the highest placeholder needs.
     */
    @Test
    void every_call_passes_as_many_arguments_as_its_message_uses() throws IOException {
        Map<String, String> english = messages(DEFAULT_BUNDLE);
        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher call = TRANSLATION_CALL.matcher(source);
                while (call.find()) {
                    List<String> arguments = arguments(source, call.end());
                    if (arguments.isEmpty()) {
                        continue;
                    }
                    Matcher literal = STRING_LITERAL.matcher(arguments.getFirst());
                    while (literal.find()) {
                        String key = literal.group(1);
                        if (!english.containsKey(key)) {
                            continue;
                        }
                        calls++;
                        int needed = argumentsNeeded(english.get(key));
                        int passed = arguments.size() - 1;
                        if (needed != passed) {
                            long line =
                                    source.substring(0, call.start()).lines().count();
                            mismatches.add("%s:%d: %s needs %d argument(s), the call passes %d"
                                    .formatted(SOURCES.relativize(file), line, key, needed, passed));
                        }
                    }
                }
            }
        }
        assertThat(calls).isGreaterThan(400);
        assertThat(mismatches).isEmpty();
    }

    private static List<String> check(I18NProvider provider, Locale locale, String key, String text) {
        List<String> problems = new ArrayList<>();
        String at = locale.toLanguageTag() + " " + key + ": ";
        if (text.indexOf('\'') >= 0) {
            problems.add(at + "has an ASCII apostrophe; write ’ (U+2019)");
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            if (!placeholder.group(1).matches("\\d+")) {
                problems.add(at + "{" + placeholder.group(1) + "} is not a plain {n} placeholder");
            }
        }
        int needed = argumentsNeeded(text);
        Object[] samples = IntStream.range(0, Math.max(needed, 1))
                .mapToObj(i -> "<arg" + i + ">")
                .toArray();
        try {
            if (needed == 0) {
                expect(problems, at + "without arguments", text, provider.getTranslation(key, locale));
                expect(
                        problems,
                        at + "with an argument it does not use",
                        text,
                        provider.getTranslation(key, locale, samples));
            } else {
                String rendered = provider.getTranslation(key, locale, samples);
                if (LEFTOVER.matcher(rendered).find()) {
                    problems.add(at + "shows a placeholder: " + rendered);
                }
                expect(problems, at + "with " + needed + " argument(s)", substituted(text, samples), rendered);
            }
        } catch (IllegalArgumentException e) {
            problems.add(at + "cannot be formatted: " + e.getMessage());
        }
        return problems;
    }

    private static void expect(List<String> problems, String what, String expected, String rendered) {
        if (!rendered.equals(expected)) {
            problems.add(what + " reads \"" + rendered + "\", not \"" + expected + "\"");
        }
    }

    /** The text with each {n} replaced by hand, the way the author wrote it to read. */
    private static String substituted(String text, Object[] arguments) {
        Matcher placeholder = LEFTOVER.matcher(text);
        var out = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(
                    placeholder.group().substring(1, placeholder.group().length() - 1));
            placeholder.appendReplacement(out, Matcher.quoteReplacement(arguments[index].toString()));
        }
        return placeholder.appendTail(out).toString();
    }

    /** One more than the highest placeholder: a message may skip one ({1} alone), but the caller may not. */
    private static int argumentsNeeded(String text) {
        return LEFTOVER.matcher(text)
                .results()
                .mapToInt(m -> Integer.parseInt(m.group().substring(1, m.group().length() - 1)) + 1)
                .max()
                .orElse(0);
    }

    /**
     * The top-level arguments of the call whose "(" ends just before {@code from}: split at commas outside
     * brackets, string and character literals (lambdas, switches and nested calls stay whole).
     */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(source, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth-- == 0) {
                    String last = source.substring(start, i).strip();
                    if (!last.isEmpty() || !arguments.isEmpty()) {
                        arguments.add(last);
                    }
                    return arguments;
                }
            } else if (c == ',' && depth == 0) {
                arguments.add(source.substring(start, i).strip());
                start = i + 1;
            }
        }
        return List.of();
    }

    private static int endOfLiteral(String source, int open) {
        char quote = source.charAt(open);
        if (source.startsWith("\"\"\"", open)) {
            return source.indexOf("\"\"\"", open + 3) + 2;
        }
        for (int i = open + 1; i < source.length(); i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.charAt(i) == quote) {
                return i;
            }
        }
        return source.length();
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        keys.removeIf(k -> k.startsWith("org.")
                || k.startsWith("alliance.")
                || k.matches(".*\\.(css|js|png|yaml|md|zip|json|csv|txt)"));
        return keys;
    }

    private static List<Path> otherLanguages() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(f -> f.getFileName().toString().matches("translations_.+\\.properties"))
                    .sorted()
                    .toList();
        }
    }

    private static Map<String, String> messages(Path file) throws IOException {
        Map<String, String> messages = new TreeMap<>();
        load(file).forEach((key, value) -> messages.put((String) key, (String) value));
        return messages;
    }

    /** As UTF-8, the charset the file is written in (and the one ResourceBundle reads properties with). */
    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
