package org.alliance.web.vignette.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@AllianceTest
class VignettePlayerViewTest extends SpringBrowserlessTest {
    private static final String COURSE = "therapeutic-relationship";

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    VignetteAttempts vignettes;

    private String start(String vignetteId) {
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        accounts.register("Player " + me, me, "a long enough password");
        catalog.enrol(COURSE, null);
        return vignettes.start(COURSE, vignetteId);
    }

    @Test
    @WithMockUser(username = "vplayer-one", roles = "STUDENT")
    void a_reply_in_a_branching_vignette_shows_its_feedback_and_the_meter_change_then_the_next_line() {
        String id = start("v6-diary-withdrawal");
        VignettePlayerView view = navigate(VignettePlayerView.class, Map.of("attemptId", id));
        var panel = view.branching;
        assertThat(panel).isNotNull();
        var first = panel.replies.getListDataView().getItems().findFirst().orElseThrow();
        panel.replies.setValue(first);
        test(panel.respond).click();
        var after = ((VignettePlayerView) getCurrentView()).branching;
        assertThat(after).isNotNull();
        assertThat(after.announcement.getText()).contains("Alliance");
    }

    /** The reply is kept as a draft as it is typed and is back when the page is opened again, not yet sent. */
    @Test
    @WithMockUser(username = "vplayer-draft", roles = "STUDENT")
    void a_typed_reply_is_kept_as_a_draft_and_restored_when_the_page_opens_again() {
        String id = start("v5-write-a-process-comment");
        VignettePlayerView view = navigate(VignettePlayerView.class, Map.of("attemptId", id));
        var panel = view.freeText;
        assertThat(panel).isNotNull();
        assertThat(panel.reply.getValue()).isEmpty();
        assertThat(panel.draftStatus.getText()).isEmpty();

        test(panel.reply).setValue("It sounds as if you expect me to give up on you.");
        assertThat(panel.draftStatus.getText()).startsWith("Draft saved");

        VignettePlayerView again = navigate(VignettePlayerView.class, Map.of("attemptId", id));
        var restored = again.freeText;
        assertThat(restored).isNotNull();
        assertThat(restored.reply.getValue()).isEqualTo("It sounds as if you expect me to give up on you.");
        assertThat(restored.draftStatus.getText()).startsWith("Your saved draft is back");
        assertThat(vignettes.play(id).orElseThrow().finished())
                .as("a draft is not a sent reply")
                .isFalse();
    }

    @Test
    @WithMockUser(username = "vplayer-two", roles = "STUDENT")
    void choosing_a_best_response_goes_to_the_debrief_with_every_rationale() {
        String id = start("v4-old-pattern-or-new");
        VignettePlayerView view = navigate(VignettePlayerView.class, Map.of("attemptId", id));
        var panel = view.single;
        assertThat(panel).isNotNull();
        panel.best.setValue(panel.best.getListDataView().getItems().findFirst().orElseThrow());
        test(panel.commit).click();
        assertThat(getCurrentView()).isInstanceOf(VignetteDebriefView.class);
        assertThat(((VignetteDebriefView) getCurrentView()).score.getText()).startsWith("Score ");
        assertThat(find(Paragraph.class).withClassName("hint").all())
                .extracting(Paragraph::getText)
                .as("each response's rating reads in words, its number in place")
                .anySatisfy(text -> assertThat(text).matches("author’s rating \\d\\.\\d( · .+)?"))
                .noneSatisfy(text -> assertThat(text).contains("{0}"));
    }
}
