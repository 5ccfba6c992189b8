package org.alliance.web.drill.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import java.util.Map;
import org.alliance.core.practice.Difficulty;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The drill page driven as a student would: start, answer, see the checklist and examples, rate, move on. */
@AllianceTest
class DrillViewTest extends SpringBrowserlessTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String DRILL = "d3-reflect-the-feeling";

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    private DrillView enrolledOnTheDrill() {
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        accounts.register("Driller " + me, me, "a long enough password");
        catalog.enrol(COURSE, null);
        return navigate(DrillView.class, Map.of("courseId", COURSE, "drillId", DRILL));
    }

    @Test
    @WithMockUser(username = "drill-view-ann", roles = "STUDENT")
    void examples_appear_only_after_a_response_and_a_too_easy_rating_brings_a_harder_statement() {
        DrillView view = enrolledOnTheDrill();
        test(view.start).click();
        var turn = find(TurnPanel.class).single();
        assertThat(find(H2.class).withId("drill-statement-heading").single().getText())
                .contains("beginner");
        assertThat(find(ListItem.class).all()).as("no example before a try").isEmpty();
        assertThat(turn.rating.isVisible()).as("no rating before a try").isFalse();

        test(turn.send).click();
        assertThat(turn.response.isInvalid())
                .as("an empty response is refused at the field")
                .isTrue();

        test(turn.response).setValue("You sound worn out, and maybe a bit alone with it.");
        test(turn.send).click();
        var sent = find(TryPanel.class).single();
        assertThat(sent.checklist.getListDataView().getItems()).hasSizeBetween(2, 4);
        assertThat(find(ListItem.class).all()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(turn.rating.isVisible()).isTrue();

        turn.difficulty.setValue(Difficulty.TOO_EASY);
        test(turn.next).click();
        assertThat(find(H2.class).withId("drill-statement-heading").single().getText())
                .contains("Statement 2")
                .contains("intermediate");
    }

    @Test
    @WithMockUser(username = "drill-view-ben", roles = "STUDENT")
    void rating_without_choosing_says_so_and_stopping_returns_to_the_start() {
        DrillView view = enrolledOnTheDrill();
        test(view.start).click();
        var turn = find(TurnPanel.class).single();
        test(turn.response).setValue("It sounds like it hurts to go unnoticed.");
        test(turn.send).click();
        test(turn.next).click();
        assertThat(turn.difficulty.isInvalid()).isTrue();

        test(turn.stop).click();
        assertThat(find(TurnPanel.class).all()).isEmpty();
        assertThat(view.start.getText()).isEqualTo("Start another round");
    }
}
