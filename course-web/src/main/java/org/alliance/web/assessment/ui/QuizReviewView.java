package org.alliance.web.assessment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.assessment.QuizViews.Review;
import org.alliance.web.assessment.QuizViews.ReviewRow;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.navigation.Routes;

/** A submitted attempt, showing only what the quiz's review options allow at this moment. */
@Route(Routes.QUIZ_REVIEW)
@PermitAll
public class QuizReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient QuizAttempts attempts;
    private final transient LessonRenderer renderer;
    private String title = "";
    final Paragraph score = new Paragraph();

    QuizReviewView(QuizAttempts attempts, LessonRenderer renderer) {
        this.attempts = attempts;
        this.renderer = renderer;
        addClassName("page");
        addClassName("quiz-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var review = attempts.review(event.getRouteParameters().get("attemptId").orElse(""));
        if (review.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(review.get());
    }

    private void show(Review review) {
        removeAll();
        title = getTranslation("quiz.review.title", review.title());
        var back = new RouterLink(
                getTranslation("quiz.review.back"),
                QuizView.class,
                new RouteParameters(Map.of("courseId", review.courseId(), "quizId", review.quizId())));
        back.addClassName("breadcrumb");
        add(back, new H1(title));
        score.setId("review-score");
        score.addClassName("review-score");
        review.score()
                .ifPresentOrElse(
                        s -> score.setText(getTranslation(
                                review.passed().orElse(false) ? "quiz.review.passed" : "quiz.review.not-passed",
                                Math.round(s * 100))),
                        () -> score.setText(getTranslation("quiz.review.score-hidden")));
        add(score);
        int number = 1;
        for (ReviewRow row : review.items()) {
            add(item(number++, row));
        }
    }

    private Section item(int number, ReviewRow row) {
        var section = new Section(
                new H2(getTranslation("quiz.item", number)),
                new Html(renderer.renderStandalone(row.item().stem())));
        section.addClassName("item-panel");
        AnswerInputs.Texts texts = this::getTranslation;
        section.add(new Paragraph(getTranslation(
                "quiz.review.your-answer",
                row.given()
                        .map(r -> AnswerTexts.of(row.item(), r, texts))
                        .orElse(getTranslation("quiz.review.unanswered")))));
        var reviewed = row.reviewed();
        reviewed.correctness().ifPresent(c -> section.add(new CorrectnessLabel(c)));
        row.tries().ifPresent(t -> {
            var tries = new Paragraph(
                    t.penaltyPerRetry() > 0
                            ? getTranslation(
                                    "quiz.review.tries-penalty",
                                    t.used(),
                                    percent(t.penaltyPerRetry()),
                                    percent(t.raw()),
                                    percent(t.scored()))
                            : getTranslation("quiz.review.tries-free", t.used()));
            tries.addClassName("review-tries");
            section.add(tries);
        });
        reviewed.feedback().forEach(f -> section.add(new Paragraph(f)));
        if (!reviewed.rationale().isEmpty()) {
            var why = new Div();
            why.addClassName("rationale");
            reviewed.rationale().forEach(r -> why.add(new Paragraph(r)));
            section.add(why);
        }
        reviewed.key()
                .ifPresent(key -> section.add(
                        new Paragraph(getTranslation("quiz.review.key", AnswerTexts.of(row.item(), key, texts)))));
        return section;
    }

    private static long percent(double share) {
        return Math.round(share * 100);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
