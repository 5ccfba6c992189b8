package org.alliance.core.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliance.core.interop.ExportedQuestion.Answer;
import org.alliance.core.interop.ExportedQuestion.Pair;
import org.alliance.core.interop.Skipped.Reason;
import org.alliance.core.model.AcceptedAnswer;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.Course;
import org.alliance.core.model.CreditOption;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.Item;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.OrderStep;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.RatingScale;
import org.alliance.core.model.ResponseOption;
import org.alliance.core.model.ShortText;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.model.Vignette;
import org.alliance.core.scoring.RatedOptionScoring;

/**
 * A course to neutral questions: one category per quiz (course title / quiz title) and one per
 * lesson for its best-response and free-text vignettes (course title / lesson title). Grades are
 * the ones Alliance scores with, in percent, each mapped to the nearest grade Moodle accepts.
 */
public final class QuestionMapper {

    private final Course course;
    private final List<Skipped> skipped = new ArrayList<>();

    private QuestionMapper(Course course) {
        this.course = course;
    }

    public static QuestionBank course(Course course) {
        QuestionMapper mapper = new QuestionMapper(course);
        List<QuestionBank.Category> categories = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            List<ExportedQuestion> vignettes = new ArrayList<>();
            lesson.activities().forEach(activity -> {
                switch (activity) {
                    case Quiz quiz -> categories.add(mapper.category(quiz));
                    case Vignette vignette -> mapper.vignette(vignette).ifPresent(vignettes::add);
                    default -> {
                        // Reflections and drills are not assessed: nothing for a question bank.
                    }
                }
            });
            if (!vignettes.isEmpty()) {
                categories.add(new QuestionBank.Category(List.of(course.title(), lesson.title()), vignettes));
            }
        }
        return new QuestionBank(categories, mapper.skipped);
    }

    private QuestionBank.Category category(Quiz quiz) {
        return new QuestionBank.Category(
                List.of(course.title(), quiz.title()),
                quiz.items().stream().map(this::item).toList());
    }

    private ExportedQuestion item(Item item) {
        return switch (item) {
            case SingleChoice s ->
                new ExportedQuestion.Choice(
                        s.id(),
                        s.stem(),
                        "",
                        true,
                        s.options().stream().map(o -> answer(s.id(), o)).toList());
            case MultipleResponse m -> multipleResponse(m);
            case TrueFalse t ->
                new ExportedQuestion.TrueFalse(t.id(), t.stem(), "", t.answer(), t.feedbackTrue(), t.feedbackFalse());
            case ShortText s -> shortText(s);
            case Matching m -> matching(m);
            case Ordering o ->
                new ExportedQuestion.Ordering(
                        o.id(),
                        o.stem(),
                        o.feedback(),
                        o.steps().stream().map(OrderStep::text).toList());
            case BestResponseItem b ->
                bestResponse(b.id(), Optional.empty(), client(b.client(), b.cue()) + b.stem(), "", b.options());
        };
    }

    private Answer answer(String itemId, CreditOption option) {
        return new Answer(option.text(), grade(itemId, option.credit() * 100), option.feedback());
    }

    /** Alliance's max(0, right/correct − wrong/wrong options) is Moodle's sum of grades clamped at 0. */
    private ExportedQuestion multipleResponse(MultipleResponse item) {
        long correct = item.options().stream().filter(ResponseOption::correct).count();
        long wrong = item.options().size() - correct;
        List<Answer> answers = item.options().stream()
                .map(o -> new Answer(
                        o.text(),
                        grade(item.id(), o.correct() ? 100.0 / correct : -100.0 / Math.max(1, wrong)),
                        o.feedback()))
                .toList();
        return new ExportedQuestion.Choice(item.id(), item.stem(), "", false, answers);
    }

    private ExportedQuestion shortText(ShortText item) {
        if (item.normalise().ignorePunctuation()) {
            skipped.add(new Skipped(item.id(), Reason.PUNCTUATION_NOT_IGNORED));
        }
        List<Answer> answers = new ArrayList<>();
        for (AcceptedAnswer accepted : item.accept()) {
            answers.add(new Answer(accepted.text(), grade(item.id(), accepted.credit() * 100), accepted.feedback()));
        }
        answers.add(new Answer("*", 0, item.feedbackWrong()));
        return new ExportedQuestion.ShortAnswer(
                item.id(), item.stem(), "", !item.normalise().ignoreCase(), answers);
    }

    private ExportedQuestion matching(Matching item) {
        List<Pair> pairs = new ArrayList<>();
        item.pairs().forEach(p -> pairs.add(new Pair(p.prompt(), p.match())));
        item.distractors().forEach(d -> pairs.add(new Pair("", d)));
        return new ExportedQuestion.Matching(item.id(), item.stem(), item.feedback(), pairs);
    }

    private Optional<ExportedQuestion> vignette(Vignette vignette) {
        return switch (vignette) {
            case BestResponseVignette b ->
                Optional.of(bestResponse(
                        b.id(),
                        Optional.of(b.header().context()),
                        client(b.client(), b.cue()) + b.stem().orElse(""),
                        b.header().commentary(),
                        b.options()));
            case FreeTextVignette f ->
                Optional.of(new ExportedQuestion.Essay(
                        f.id(),
                        f.header().context() + "\n\n" + client(f.client(), f.cue()) + f.prompt(),
                        f.header().commentary()));
            default -> {
                skipped.add(new Skipped(vignette.id(), Reason.VIGNETTE_KIND_HAS_NO_QUESTION_TYPE));
                yield Optional.empty();
            }
        };
    }

    /** Each option's grade is what choosing it scores in Alliance: its rating over the best option's. */
    private ExportedQuestion bestResponse(
            String id, Optional<String> context, String text, String feedback, List<RatedOption> options) {
        RatingScale scale = course.rubric().scale();
        List<Answer> answers = options.stream()
                .map(o -> new Answer(
                        o.text(), grade(id, 100 * RatedOptionScoring.normalised(o, options, scale)), o.rationale()))
                .toList();
        String full = context.map(c -> c + "\n\n").orElse("") + text;
        return new ExportedQuestion.Choice(id, full.strip(), feedback, true, answers);
    }

    /** The client's words as a quotation, then the non-verbal cue, then what follows. */
    private static String client(String client, Optional<String> cue) {
        StringBuilder text = new StringBuilder();
        client.lines().forEach(line -> text.append("> ").append(line).append('\n'));
        text.append('\n');
        cue.ifPresent(c -> text.append(c).append("\n\n"));
        return text.toString();
    }

    private double grade(String itemId, double percent) {
        double grade = MoodleFractions.nearest(percent);
        if (Math.abs(grade - percent) >= MoodleFractions.EXACT
                && skipped.stream().noneMatch(s -> s.id().equals(itemId) && s.reason() == Reason.GRADE_ROUNDED)) {
            skipped.add(new Skipped(itemId, Reason.GRADE_ROUNDED));
        }
        return grade;
    }
}
