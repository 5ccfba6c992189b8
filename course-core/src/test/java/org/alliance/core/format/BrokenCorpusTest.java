package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The corpus of broken content: each case under broken/ replaces one file of the valid mini
 * course, and cases.tsv names the error (code, file and line) it must produce.
 */
class BrokenCorpusTest {

    @ParameterizedTest(name = "{0}: {2} at {1}:{3}")
    @CsvFileSource(resources = "/broken/cases.tsv", delimiter = '\t', numLinesToSkip = 1)
    void each_broken_file_produces_its_error(String name, String file, String code, int line) {
        Map<String, String> files = TestCourses.miniFiles();
        Path caseFolder = TestCourses.folder("broken/" + name);
        Map<String, String> replacement = TestCourses.files(caseFolder);
        assertThat(replacement).containsOnlyKeys(file);
        files.putAll(replacement);

        ReadResult result = CourseReader.fromFiles(files);

        assertThat(result.course()).as("a course with errors is not produced").isEmpty();
        assertThat(result.problems()).as("problems of %s", name).anySatisfy(p -> {
            assertThat(p.code().key()).isEqualTo(code);
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).isNotBlank();
            assertThat(p.hint()).isNotBlank();
        });
    }
}
