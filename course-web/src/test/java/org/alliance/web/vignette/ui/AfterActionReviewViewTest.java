package org.alliance.web.vignette.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The review page of a submitted branching session, and the step from a turn into a practice replay. */
@AllianceTest
class AfterActionReviewViewTest extends SpringBrowserlessTest {
    private static final String COURSE = "therapeutic-relationship";

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    VignetteAttempts vignettes;

    private String submitted() {
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        accounts.register("Reviewer " + me, me, "a long enough password");
        catalog.enrol(COURSE, null);
        String id = vignettes.start(COURSE, "v6-diary-withdrawal");
        List.of("a", "b", "a", "a").forEach(choice -> vignettes.choose(id, choice));
        return id;
    }

    @Test
    @WithMockUser(username = "aar-view-owner", roles = "STUDENT")
    void the_timeline_is_an_ordered_list_of_turns_with_the_meter_in_words_and_a_replay_from_each() {
        String id = submitted();
        AfterActionReviewView view = navigate(AfterActionReviewView.class, Map.of("attemptId", id));

        var timeline = find(OrderedList.class).withId("review-timeline").single();
        assertThat(timeline.getChildren().count()).isEqualTo(4);
        assertThat(view.turns).hasSize(4).allSatisfy(t -> assertThat(t.replay).isNotNull());
        assertThat(find(Paragraph.class).withClassName("review-meter").all())
                .extracting(Paragraph::getText)
                .containsExactly("Alliance 50 → 40", "Alliance 40 → 60", "Alliance 60 → 70", "Alliance 70 → 80");
        assertThat(find(Paragraph.class).withId("review-grade").single().getText())
                .startsWith("Graded score ");

        var replay = view.turns.getFirst().replay;
        assertThat(replay).isNotNull();
        test(replay).click();
        assertThat(getCurrentView()).isInstanceOf(VignettePracticeView.class);
        var practice = (VignettePracticeView) getCurrentView();
        assertThat(practice.panel).isNotNull();
        assertThat(practice.panel.replies.getListDataView().getItems()).hasSize(4);
        assertThat(find(Paragraph.class).withId("practice-note").single().getText())
                .startsWith("Practice from turn 1");
    }
}
