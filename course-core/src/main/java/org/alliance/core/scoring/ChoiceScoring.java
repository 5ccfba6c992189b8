package org.alliance.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliance.core.model.CreditOption;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.ResponseOption;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;

/** Single choice, multiple response and true/false: items answered by picking. */
final class ChoiceScoring {

    private ChoiceScoring() {}

    /** The picked option's credit; an id the item does not have earns nothing. */
    static ItemResult singleChoice(SingleChoice item, Response.SingleChoiceAnswer answer) {
        double max =
                item.options().stream().mapToDouble(CreditOption::credit).max().orElse(1);
        List<String> rationale = item.options().stream()
                .filter(o -> o.credit() >= max - Correctness.EPSILON)
                .map(CreditOption::feedback)
                .toList();
        Optional<CreditOption> picked = item.options().stream()
                .filter(o -> o.id().equals(answer.optionId()))
                .findFirst();
        return ItemResult.of(
                item.id(),
                picked.map(CreditOption::credit).orElse(0.0),
                Math.clamp(max, 0.0, 1.0),
                picked.map(o -> List.of(o.feedback())).orElse(List.of()),
                rationale,
                picked.flatMap(CreditOption::misconception).stream().toList());
    }

    /**
     * max(0, right picks / correct options − wrong picks / wrong options): guessing everything
     * cancels out, and wrong picks never push the score below zero.
     */
    static ItemResult multipleResponse(MultipleResponse item, Response.MultipleResponseAnswer answer) {
        long correct = item.options().stream().filter(ResponseOption::correct).count();
        long wrong = item.options().size() - correct;
        int rightPicks = 0;
        int wrongPicks = 0;
        var feedback = new ArrayList<String>();
        var misconceptions = new ArrayList<String>();
        for (var option : item.options()) {
            if (!answer.optionIds().contains(option.id())) {
                continue;
            }
            feedback.add(option.feedback());
            if (option.correct()) {
                rightPicks++;
            } else {
                wrongPicks++;
                option.misconception().ifPresent(misconceptions::add);
            }
        }
        double rightShare = correct == 0 ? 1 : (double) rightPicks / correct;
        double wrongShare = wrong == 0 ? 0 : (double) wrongPicks / wrong;
        List<String> rationale = item.options().stream()
                .filter(ResponseOption::correct)
                .map(ResponseOption::feedback)
                .toList();
        return ItemResult.of(item.id(), Math.max(0, rightShare - wrongShare), 1, feedback, rationale, misconceptions);
    }

    static ItemResult trueFalse(TrueFalse item, Response.TrueFalseAnswer answer) {
        boolean right = answer.value() == item.answer();
        String said = answer.value() ? item.feedbackTrue() : item.feedbackFalse();
        String key = item.answer() ? item.feedbackTrue() : item.feedbackFalse();
        return ItemResult.of(
                item.id(),
                right ? 1 : 0,
                1,
                List.of(said),
                List.of(key),
                right ? List.of() : item.misconception().stream().toList());
    }
}
