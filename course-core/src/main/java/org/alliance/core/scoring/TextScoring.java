package org.alliance.core.scoring;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.alliance.core.model.AcceptedAnswer;
import org.alliance.core.model.Normalisation;
import org.alliance.core.model.ShortText;

/** Short text: the typed answer, normalised, against each accepted answer normalised the same way. */
final class TextScoring {

    private TextScoring() {}

    /** The highest-credit accepted answer that equals the student's text after normalisation. */
    static ItemResult shortText(ShortText item, Response.ShortTextAnswer answer) {
        String typed = normalise(answer.text(), item.normalise());
        Optional<AcceptedAnswer> matched = item.accept().stream()
                .filter(accepted -> !typed.isEmpty()
                        && normalise(accepted.text(), item.normalise()).equals(typed))
                .max((a, b) -> Double.compare(a.credit(), b.credit()));
        double max =
                item.accept().stream().mapToDouble(AcceptedAnswer::credit).max().orElse(1);
        // An accepted answer with credit 0 is a known wrong answer with its own feedback.
        List<String> feedback =
                matched.map(accepted -> List.of(accepted.feedback())).orElse(List.of(item.feedbackWrong()));
        return ItemResult.of(
                item.id(),
                matched.map(AcceptedAnswer::credit).orElse(0.0),
                Math.clamp(max, 0.0, 1.0),
                feedback,
                List.of(item.feedbackWrong()),
                List.of());
    }

    /**
     * The model's rules, after folding what phones and word processors type: compatibility forms
     * (NFKC), typographic quotes and dashes to their ASCII forms, and, when punctuation is ignored,
     * any Unicode punctuation (the model's rule covers ASCII punctuation only). Without this,
     * "Rogers’ conditions" typed with a curly apostrophe would miss "Rogers' conditions".
     */
    static String normalise(String text, Normalisation rules) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-");
        if (rules.ignorePunctuation()) {
            folded = folded.replaceAll("\\p{IsPunctuation}", " ");
        }
        return rules.apply(folded);
    }
}
