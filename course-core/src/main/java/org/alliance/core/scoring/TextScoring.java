package org.alliance.core.scoring;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.AcceptedAnswer;
import org.alliance.core.model.ShortText;

/** Short text: the typed answer, normalised, against each accepted answer normalised the same way. */
final class TextScoring {

    private TextScoring() {}

    /** The highest-credit accepted answer that equals the student's text after normalisation. */
    static ItemResult shortText(ShortText item, Response.ShortTextAnswer answer) {
        String typed = item.normalise().apply(answer.text());
        Optional<AcceptedAnswer> matched = item.accept().stream()
                .filter(accepted -> !typed.isEmpty() && item.normalise().apply(accepted.text()).equals(typed))
                .max((a, b) -> Double.compare(a.credit(), b.credit()));
        double max = item.accept().stream().mapToDouble(AcceptedAnswer::credit).max().orElse(1);
        // An accepted answer with credit 0 is a known wrong answer with its own feedback.
        List<String> feedback = matched
                .map(accepted -> List.of(accepted.feedback()))
                .orElse(List.of(item.feedbackWrong()));
        return ItemResult.of(
                item.id(),
                matched.map(AcceptedAnswer::credit).orElse(0.0),
                Math.clamp(max, 0.0, 1.0),
                feedback,
                List.of(item.feedbackWrong()),
                List.of());
    }
}
