package org.alliance.web.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.alliance.core.format.CourseReader;
import org.alliance.core.model.Activity;
import org.alliance.core.model.Vignette;
import org.alliance.core.model.VignetteKind;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "Add a file" offers a template for every vignette kind the format has, and every template, added to a new
 * course and listed in its lesson, reads with the one reader without a problem. (The words for each kind and
 * for what a stale draft would undo are named in code by enum, so this test checks they exist.)
 */
class FileTemplatesTest {
    private static final String LESSON = "lessons/l1-first-lesson.md";

    @Test
    void every_vignette_kind_of_the_format_can_be_added() {
        assertThat(Arrays.stream(FileTemplates.Kind.values()).flatMap(k -> k.vignetteKind().stream()))
                .containsExactlyInAnyOrder(VignetteKind.values());
    }

    @Test
    void every_kind_and_every_drift_effect_has_words_in_the_translations() throws IOException {
        var messages = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n/translations.properties"))) {
            messages.load(in);
        }
        for (var kind : FileTemplates.Kind.values()) {
            assertThat(messages.getProperty("editor.kind." + kind.name()))
                    .as(kind.name())
                    .isNotBlank();
        }
        for (var effect : Drift.Effect.values()) {
            assertThat(messages.getProperty("editor.drift." + effect.name()))
                    .as(effect.name())
                    .contains("{0}");
        }
    }

    @ParameterizedTest
    @EnumSource(FileTemplates.Kind.class)
    void the_template_of_each_kind_reads_without_a_problem(FileTemplates.Kind kind) {
        Map<String, String> files = new TreeMap<>(DraftTemplate.files("templates-course", "Templates"));
        String id = "t-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        files.put(kind.path(id), FileTemplates.of(kind, id));
        if (kind != FileTemplates.Kind.LESSON) {
            files.put(LESSON, files.get(LESSON).replace("activities: []", "activities: [" + id + "]"));
        } else {
            files.put(
                    "course.yaml",
                    files.get("course.yaml").replace("  - l1-first-lesson", "  - l1-first-lesson\n  - " + id));
        }

        var read = CourseReader.fromFiles(files);

        assertThat(read.errors()).as(kind + "'s template").isEmpty();
        boolean assesses =
                kind == FileTemplates.Kind.QUIZ || kind.vignetteKind().isPresent();
        if (assesses) {
            assertThat(read.problems())
                    .as(kind + "'s template assesses the lesson's objective")
                    .isEmpty();
        } else {
            // A lesson, reflection or drill assesses nothing, so the starting course's objective stays unassessed.
            assertThat(read.problems())
                    .as(kind + "'s template")
                    .extracting(Problem::code)
                    .containsOnly(ProblemCode.UNASSESSED_OBJECTIVE);
        }
        var course = read.course().orElseThrow();
        kind.vignetteKind()
                .ifPresent(vignetteKind -> assertThat(course.activity(id))
                        .get()
                        .isInstanceOfSatisfying(
                                Vignette.class,
                                v -> assertThat(v.vignetteKind()).isEqualTo(vignetteKind)));
        if (kind != FileTemplates.Kind.LESSON) {
            assertThat(course.activity(id)).map(Activity::id).contains(id);
        } else {
            assertThat(course.lessons()).extracting(l -> l.id()).contains(id);
        }
    }
}
