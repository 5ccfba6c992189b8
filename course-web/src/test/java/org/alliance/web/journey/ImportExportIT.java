package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.alliance.web.catalog.CourseZips;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An instructor imports a course in real Chromium: a broken zip is refused with file:line errors and nothing
 * published, then the fixed zip is published and shows in Teaching, with its export page; then they copy a
 * bundled course into one of their own. Screenshots go to target/screenshots (import-*.png).
 */
class ImportExportIT extends Journey {
    private static final String COURSE = "import-it-course";
    private static final String VIGNETTE = "vignettes/v4-bracing-for-criticism.yaml";

    @Test
    void an_instructor_fixes_a_broken_zip_imports_it_and_copies_a_bundled_course() throws IOException {
        var files = CourseZips.renamed("therapeutic-relationship", COURSE);
        files.put(
                "course.yaml",
                files.get("course.yaml").replaceFirst("(?m)^title: .*$", "title: Imported in the browser"));
        var broken = new TreeMap<>(files);
        broken.put(VIGNETTE, broken.get(VIGNETTE).replaceFirst("next: n2-polite", "next: n2-nowhere"));
        Path dir = Files.createDirectories(Path.of("target", "import-it"));
        Path brokenZip = Files.write(dir.resolve("broken.zip"), CourseZips.zip(COURSE, broken));
        Path goodZip = Files.write(dir.resolve("fixed.zip"), CourseZips.zip(COURSE, files));

        browser.signIn("instructor", "cedar-desk-lamp-marking");
        browser.open("teaching/import");
        browser.waitFor(By.id("import-upload"));
        browser.screenshot("import-1-page");

        upload(brokenZip);
        browser.waitForText(By.id("import-problems"), "Error: in " + VIGNETTE + ", line 45: ");
        assertThat(browser.waitFor(By.id("import-outcome-heading")).getText()).startsWith("Not imported");
        assertThat(browser.waitFor(By.id("import-problems")).getText()).contains("n2-nowhere");
        browser.screenshot("import-2-errors");

        upload(goodZip);
        browser.waitForText(By.id("import-outcome-heading"), "as a new course of yours");
        browser.screenshot("import-3-published");
        browser.click(By.id("import-open-course"));
        browser.waitForUrlEnding("teaching/" + COURSE);

        browser.open("teaching");
        browser.waitForText(By.id("taught-courses"), "Imported in the browser");
        browser.screenshot("import-4-teaching");

        browser.open("teaching/" + COURSE + "/export");
        WebElement download = browser.waitFor(By.id("export-download"));
        assertThat(download.getText()).isEqualTo("Download " + COURSE + ".zip");
        assertThat(download.getAttribute("download")).isNotNull();
        browser.screenshot("import-5-export");

        // A bundled course copied into one of the instructor's own, under the suggested id.
        browser.open("teaching/here-and-now/copy");
        browser.waitFor(By.id("copy-new-id"));
        browser.screenshot("import-6-copy");
        browser.click(By.id("copy-course"));
        browser.waitForUrlEnding("teaching/here-and-now-instructor");
        browser.open("teaching");
        browser.waitForText(By.id("taught-courses"), "instructor");
    }

    /** Hands the file to the upload's own file input, as choosing it in the file dialog would. */
    private void upload(Path zip) {
        WebElement upload = browser.waitFor(By.id("import-upload"));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(zip.toAbsolutePath().toString());
    }
}
