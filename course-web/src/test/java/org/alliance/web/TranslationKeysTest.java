package org.alliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.PasswordPolicy;
import org.junit.jupiter.api.Test;

/** Every text key the code names exists in every translation file, and no file lacks a key the default has. */
class TranslationKeysTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "(?:getTranslation\\(|title = |AccountException\\(|(?<!startsWith)\\(\")\"?([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    @Test
    void every_key_used_in_code_is_in_the_default_bundle() throws IOException {
        Properties english = load(BUNDLES.resolve("translations.properties"));
        Set<String> used = keysUsedInCode();
        for (AccountRole role : AccountRole.values()) {
            used.add("role." + role.name());
        }
        for (org.alliance.core.model.ActivityKind kind : org.alliance.core.model.ActivityKind.values()) {
            used.add("activity." + kind.name());
        }
        for (var kind : org.alliance.core.model.VignetteKind.values()) {
            used.add("vignette.kind." + kind.name());
        }
        for (var level : org.alliance.core.model.Level.values()) {
            used.add("vignette.level." + level.name());
        }
        for (var outcome : org.alliance.core.model.Outcome.values()) {
            used.add("vignette.outcome." + outcome.name());
        }
        for (var correctness : org.alliance.core.scoring.Correctness.values()) {
            used.add("quiz.correctness." + correctness.name());
        }
        for (var method : org.alliance.core.model.GradingMethod.values()) {
            used.add("quiz.rules.grading." + method.name());
        }
        for (PasswordPolicy.Problem problem : PasswordPolicy.Problem.values()) {
            used.add(problem.messageKey());
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void every_other_language_has_the_same_keys() throws IOException {
        Set<String> english = load(BUNDLES.resolve("translations.properties")).stringPropertyNames();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("translations_.+\\.properties"))
                    .toList()) {
                assertThat(load(file).stringPropertyNames()).as(file.toString()).isEqualTo(english);
            }
        }
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
        keys.removeIf(k -> k.startsWith("org.") || k.startsWith("alliance.") || k.matches(".*\\.(css|js|png|yaml|md|zip|json|csv|txt)"));
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }
}
