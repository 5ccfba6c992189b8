package org.alliance.web.assessment.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.alliance.core.scoring.Correctness;

/**
 * How correct an answer was, as a symbol and a word, so that it never rests on colour alone (WCAG 1.4.1). The
 * symbol is decoration for sighted readers; screen readers read the word.
 */
final class CorrectnessLabel extends Paragraph {

    CorrectnessLabel(Correctness correctness) {
        var symbol = new Span(symbol(correctness));
        symbol.addClassName("correctness-symbol");
        symbol.getElement().setAttribute("aria-hidden", "true");
        add(symbol, new Span(getTranslation("quiz.correctness." + correctness.name())));
        addClassNames("correctness", correctness.name().toLowerCase());
    }

    /** A tick, a half-filled circle and a cross: distinct in shape, not only in colour. */
    static String symbol(Correctness correctness) {
        return switch (correctness) {
            case CORRECT -> "✓";
            case PARTIAL -> "◐";
            case INCORRECT -> "✗";
        };
    }
}
