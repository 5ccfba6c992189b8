package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A student on My progress (axe-checked, screenshot) follows "Download transcript (PDF)" in their own session
 * and gets a tagged PDF of their course; its first page is saved as target/screenshots/transcript-02-downloaded.png.
 */
class TranscriptIT extends Journey {
    private static final String COURSE = "here-and-now";
    private static final String STUDENT = "transcript-it-student";
    private static final String PASSWORD = "a heron waits at the weir";

    @Test
    void a_student_downloads_their_transcript_from_my_progress() throws Exception {
        browser.register("Kim Transcript", STUDENT, PASSWORD);
        browser.signIn(STUDENT, PASSWORD);
        browser.enrol(COURSE);
        browser.open("progress");
        var link = browser.waitFor(By.id("transcript-download"));
        browser.waitForIdle();
        browser.screenshot("transcript-00-progress");
        assertThat(AxeCheck.blocking(browser.driver(), "transcript-00-progress"))
                .isEmpty();
        assertThat(link.getText()).isEqualTo("Download transcript (PDF)");

        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (var pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isNotBlank();
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Transcript of Kim Transcript", "Here and Now: Mindfulness Attitudes for Therapists");
            Path png = Path.of("target", "screenshots", "transcript-02-downloaded.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 110), "png", png.toFile());
        }
    }
}
