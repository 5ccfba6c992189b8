package org.alliance.web.progress;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.scoring.Response;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.catalog.CourseCatalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A student's transcript as PDF: tagged (marked, structure tree with headings and a table with header cells,
 * language, title), holding their courses, activities and scores, and nobody else's. Its first page is saved
 * as target/screenshots/transcript-01.png.
 */
@AllianceTest
class TranscriptTest {
    private static final String COURSE = "here-and-now";

    @Autowired
    Transcripts transcripts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    QuizAttempts quizzes;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_transcript_is_a_tagged_pdf_of_the_students_own_courses_and_scores() throws Exception {
        accounts.register("Robin Transcript", "transcript-student", "a long walk by the river");
        signIn("transcript-student", "STUDENT");
        catalog.enrol(COURSE, null);
        // Every single-choice and true/false item answered right, the rest left blank: a score between 0 and 100.
        String attempt = quizzes.start(COURSE, "qh1-mindfulness-attitudes");
        var quiz = (Quiz) catalog.enrolledCourse(COURSE)
                .orElseThrow()
                .course()
                .activity("qh1-mindfulness-attitudes")
                .orElseThrow();
        for (var item : quiz.items()) {
            switch (item) {
                case SingleChoice s ->
                    quizzes.answer(
                            attempt,
                            s.id(),
                            new Response.SingleChoiceAnswer(s.options().stream()
                                    .filter(o -> o.credit() >= 1)
                                    .findFirst()
                                    .orElseThrow()
                                    .id()));
                case TrueFalse t -> quizzes.answer(attempt, t.id(), new Response.TrueFalseAnswer(t.answer()));
                default -> {}
            }
        }
        quizzes.submit(attempt);
        var transcript = transcripts.mine();
        byte[] bytes = TranscriptPdf.render(transcript, TranscriptTest::label, Locale.ENGLISH);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            var catalogue = pdf.getDocumentCatalog();
            assertThat(catalogue.getMarkInfo().isMarked()).isTrue();
            assertThat(catalogue.getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Transcript of Robin Transcript");
            assertThat(catalogue.getViewerPreferences().displayDocTitle()).isTrue();
            var root = catalogue.getStructureTreeRoot();
            assertThat(root).isNotNull();
            assertThat(root.getParentTree()).isNotNull();
            List<String> types = new ArrayList<>();
            collect(root, types);
            assertThat(types).contains("Document", "H1", "H2", "P", "Table", "TR", "TH", "TD");

            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Transcript of Robin Transcript")
                    .contains("Date of issue: " + transcript.issued())
                    .contains("Here and Now: Mindfulness Attitudes for Therapists")
                    .contains("Activity", "Status", "Score")
                    .contains("Graded")
                    .doesNotContain("!transcript")
                    .contains("minutes of deliberate practice");
            String quizTitle = transcript.courses().getFirst().activities().stream()
                    .filter(a -> a.status().grade().isPresent())
                    .findFirst()
                    .orElseThrow()
                    .title();
            assertThat(text.replaceAll("\\s+", " ")).contains(quizTitle);
            long score = Math.round(transcript.courses().getFirst().activities().stream()
                            .filter(a -> a.title().equals(quizTitle))
                            .findFirst()
                            .orElseThrow()
                            .status()
                            .grade()
                            .getAsDouble()
                    * 100);
            assertThat(score).isBetween(1L, 99L);
            assertThat(text).contains(quizTitle + " Quiz Graded " + score + " %");

            assertThat(PdfUa.failures(bytes)).as("veraPDF, PDF/UA-1").isEmpty();

            Path png = Path.of("target/screenshots/transcript-01.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 110), "png", png.toFile());
            assertThat(Files.size(png)).isPositive();
        }

        accounts.register("Sam Other", "transcript-other", "a long walk by the river");
        signIn("transcript-other", "STUDENT");
        var other = transcripts.mine();
        assertThat(other.username()).isEqualTo("transcript-other");
        assertThat(other.courses()).isEmpty();
    }

    private static void collect(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collect(element, types);
            }
        }
    }

    /** The UI's English translations, formatted as Vaadin's I18NProvider formats them. */
    private static String label(String key, Object... args) {
        return new MessageFormat(TRANSLATIONS.getProperty(key, "!" + key), Locale.ENGLISH).format(args);
    }

    private static final Properties TRANSLATIONS = new Properties();

    static {
        try (InputStream in = TranscriptTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            TRANSLATIONS.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
