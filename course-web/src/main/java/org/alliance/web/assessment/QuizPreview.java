package org.alliance.web.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliance.core.model.Item;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.ReviewDetail;
import org.alliance.core.scoring.ItemScoring;
import org.alliance.core.scoring.Response;
import org.alliance.core.scoring.attempt.ReviewedItem;
import org.alliance.web.assessment.QuizViews.OpenQuiz;
import org.alliance.web.assessment.QuizViews.SavedAnswer;
import org.alliance.web.assessment.QuizViews.Shown;
import org.alliance.web.editor.PreviewCourses;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Preview as student" for teachers: a quiz shown exactly as the player shows it, each answer checked on the
 * spot with its feedback, and nothing recorded anywhere.
 */
@Service
public class QuizPreview {
    private final PreviewCourses courses;

    QuizPreview(PreviewCourses courses) {
        this.courses = courses;
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Optional<OpenQuiz> open(String courseId, String quizId, boolean draft) {
        return quiz(courseId, quizId, draft)
                .map(q -> new OpenQuiz(
                        "preview",
                        courseId,
                        q.id(),
                        q.title(),
                        true,
                        0,
                        q.items().stream()
                                .map(i -> ItemPresenter.present(
                                        i, 0L, q.settings().shuffle()))
                                .toList(),
                        Map.of(),
                        Map.of(),
                        null,
                        false));
    }

    /** Scores one answer and shows what an interactive attempt would: correctness and feedback. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public SavedAnswer check(String courseId, String quizId, boolean draft, String itemId, Response response) {
        var course = courses.course(courseId, quizId, draft).orElseThrow(() -> new AttemptException("quiz.not-found"));
        Quiz quiz = quiz(courseId, quizId, draft).orElseThrow(() -> new AttemptException("quiz.not-found"));
        Item item = quiz.items().stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .orElseThrow(() -> new AttemptException("quiz.not-found"));
        var result = ItemScoring.score(item, response, course.rubric().scale());
        var reviewed = ReviewedItem.of(item, result, Set.of(ReviewDetail.CORRECTNESS, ReviewDetail.FEEDBACK));
        var feedback = new ArrayList<>(reviewed.feedback());
        return new SavedAnswer(
                response, 1, true, Optional.of(new Shown(reviewed.correctness(), List.copyOf(feedback))));
    }

    private Optional<Quiz> quiz(String courseId, String quizId, boolean draft) {
        return courses.course(courseId, quizId, draft)
                .flatMap(c -> c.activity(quizId))
                .filter(Quiz.class::isInstance)
                .map(Quiz.class::cast);
    }
}
