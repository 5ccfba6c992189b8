package org.alliance.web.teaching.ui;

import static org.alliance.web.catalog.CourseZips.renamed;
import static org.alliance.web.catalog.CourseZips.zip;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CoursePortability;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.ImportResult;
import org.alliance.web.ui.ContentHashDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The versions page: numbered from 1 per course, what changed said in words, the raw diff one click away. */
@AllianceTest
class VersionsViewTest extends SpringBrowserlessTest {
    private static final String QUIZ = "quizzes/qh1-mindfulness-attitudes.yaml";
    private static final String VIGNETTE = "vignettes/vh2-the-silence.yaml";
    /** Item qh1-i2's stem, on one line or folded over several, up to the item's next key. */
    private static final Pattern OLD_STEM =
            Pattern.compile("(- id: qh1-i2\\n(?:    .*\\n)*?)    stem: .*\\n(?:      .*\\n)*");

    private static final String NEW_STEM = "When the mind wanders during practice, noticing it is the practice.";

    @Autowired
    AccountService accounts;

    @Autowired
    CoursePortability portability;

    @Autowired
    CourseStaff staff;

    private ImportResult.Published publish(Map<String, String> files) {
        return (ImportResult.Published) portability.importZip(zip("versions-words", files));
    }

    @Test
    @WithMockUser(username = "versions-author", roles = "INSTRUCTOR")
    void the_page_says_what_changed_in_words_and_keeps_files_and_hashes_one_click_away() {
        accounts.register("Test versions-author", "versions-author", "a long walk by the river");
        var files = renamed("here-and-now", "versions-words");
        var first = publish(files);
        String quiz = OLD_STEM.matcher(files.get(QUIZ)).replaceFirst("$1    stem: " + NEW_STEM + "\n");
        assertThat(quiz)
                .as("the fixture changes qh1-i2's stem")
                .isNotEqualTo(files.get(QUIZ))
                .contains(NEW_STEM);
        files.put(QUIZ, quiz);
        files.put(VIGNETTE, files.get(VIGNETTE).replace("title: \"It's just wood\"", "title: The wood"));
        var second = publish(files);
        assertThat(first.versionNumber()).as("a course's first publication").isEqualTo(1);
        assertThat(second.versionNumber()).isEqualTo(2);

        var view = navigate("teaching/versions-words/versions", VersionsView.class);
        assertThat(view.from.getItemLabelGenerator().apply(view.from.getValue()))
                .startsWith("Version 1 · ");
        assertThat(view.to.getItemLabelGenerator().apply(view.to.getValue()))
                .startsWith("Version 2 · ")
                .doesNotContain(second.contentHash().substring(0, 8));
        assertThat(view.changesHeading.getText()).isEqualTo("What changed from version 1 to version 2");
        assertThat(view.changes.getChildren().map(c -> c.getElement().getText()).toList())
                .containsExactly(
                        "Quiz item changed: \"" + NEW_STEM
                                + "\" (qh1-i2) in the quiz \"Mindfulness and its seven attitudes\"",
                        "Vignette changed: \"The wood\" (vh2-the-silence)");

        assertThat(view.fileDetails.isOpened())
                .as("the raw diff waits for a click")
                .isFalse();
        assertThat(view.fileDetails.getSummaryText())
                .isEqualTo("Files, line by line, and content hashes (2 files differ)");
        String raw = view.fileDetails.getElement().getTextRecursively();
        assertThat(raw)
                .contains(
                        QUIZ + " · changed",
                        VIGNETTE + " · changed",
                        "+    stem: " + NEW_STEM,
                        first.contentHash(),
                        second.contentHash());
        String shownFirst = view.diff.getElement().getTextRecursively().replace(raw, "");
        assertThat(shownFirst).doesNotContain(first.contentHash().substring(0, 8), "+    stem:");
    }

    @Test
    void a_long_question_is_cut_at_a_word_so_each_change_stays_one_line() {
        String stem = "A client who has missed two sessions returns and says the work is going fine; which reply "
                + "best invites what has been left unsaid?";
        assertThat(VersionsView.shortened(stem))
                .isEqualTo(
                        "A client who has missed two sessions returns and says the work is going fine; which reply…");
        assertThat(VersionsView.shortened("Short and whole.")).isEqualTo("Short and whole.");
        assertThat(VersionsView.shortened("First line\nsecond line")).isEqualTo("First line…");
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "INSTRUCTOR"})
    void every_course_counts_its_versions_from_one_whatever_other_courses_published() {
        for (String course : new String[] {"here-and-now", "therapeutic-relationship"}) {
            var versions = staff.versions(course);
            assertThat(versions.getFirst().number()).as(course).isEqualTo(1);
            assertThat(versions)
                    .extracting(CourseStaff.Version::number)
                    .as(course)
                    .isEqualTo(IntStream.rangeClosed(1, versions.size()).boxed().toList());
        }
        assertThat(staff.versions("here-and-now").getFirst().id())
                .isNotEqualTo(
                        staff.versions("therapeutic-relationship").getFirst().id());

        var view = navigate("teaching/here-and-now", TaughtCourseView.class);
        String page = view.getElement().getTextRecursively();
        var latest = staff.taught("here-and-now").orElseThrow();
        assertThat(page).contains("Published version " + latest.versionNumber());
        assertThat(find(ContentHashDetails.class).from(view).single().isOpened())
                .isFalse();
    }
}
