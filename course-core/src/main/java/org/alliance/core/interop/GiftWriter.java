package org.alliance.core.interop;

import java.util.ArrayList;
import java.util.List;
import org.alliance.core.interop.ExportedQuestion.Answer;
import org.alliance.core.interop.Skipped.Reason;

/**
 * GIFT, Moodle's plain-text question format. Texts stay Markdown ({@code [markdown]}, which Moodle
 * renders); each question is one line per answer, with line breaks written as {@code \n} because a
 * blank line ends a question. GIFT has no ordering question, and cannot escape "->" in a matching
 * prompt: such items are skipped and listed.
 */
public final class GiftWriter {

    /** The GIFT text and everything left out or changed, the bank's own list first. */
    public record Gift(String text, List<Skipped> skipped) {
        public Gift {
            skipped = List.copyOf(skipped);
        }
    }

    private final StringBuilder out = new StringBuilder();
    private final List<Skipped> skipped = new ArrayList<>();

    private GiftWriter() {}

    public static Gift write(QuestionBank bank) {
        GiftWriter writer = new GiftWriter();
        writer.skipped.addAll(bank.skipped());
        for (QuestionBank.Category category : bank.categories()) {
            writer.out
                    .append("$CATEGORY: ")
                    .append(MoodleXmlWriter.categoryPath(category.path()).replaceAll("[\r\n]+", " "))
                    .append("\n\n");
            category.questions().forEach(writer::question);
        }
        return new Gift(writer.out.toString(), writer.skipped);
    }

    private void question(ExportedQuestion question) {
        if (question instanceof ExportedQuestion.Ordering) {
            skipped.add(new Skipped(question.id(), Reason.ORDERING_NOT_IN_GIFT));
            return;
        }
        if (question instanceof ExportedQuestion.Matching m
                && m.pairs().stream().anyMatch(p -> p.prompt().contains("->"))) {
            skipped.add(new Skipped(question.id(), Reason.ARROW_IN_GIFT_MATCHING));
            return;
        }
        out.append("// [id:").append(question.id()).append("]\n");
        out.append("::").append(question.id()).append("::[markdown]").append(escape(question.text()));
        out.append(" {\n");
        switch (question) {
            case ExportedQuestion.Choice c -> c.answers().forEach(a -> choice(a, c.single()));
            case ExportedQuestion.TrueFalse t ->
                out.append(t.answer() ? "T" : "F")
                        // GIFT gives the feedback for a wrong answer first, then for the right one.
                        .append(feedback(t.answer() ? t.feedbackFalse() : t.feedbackTrue()))
                        .append(feedback(t.answer() ? t.feedbackTrue() : t.feedbackFalse()))
                        .append('\n');
            case ExportedQuestion.ShortAnswer s ->
                s.answers()
                        .forEach(a -> out.append("=%")
                                .append(MoodleXmlWriter.fraction(a.percent()))
                                .append('%')
                                .append(escape(a.text()))
                                .append(feedback(a.feedback()))
                                .append('\n'));
            case ExportedQuestion.Matching m ->
                m.pairs()
                        .forEach(p -> out.append('=')
                                .append(escape(p.prompt()))
                                .append(" -> ")
                                .append(escape(p.match()))
                                .append('\n'));
            case ExportedQuestion.Essay e -> {
                // An essay is an empty answer block.
            }
            case ExportedQuestion.Ordering o -> throw new IllegalStateException("skipped above");
        }
        if (!question.generalFeedback().isBlank()) {
            out.append("####").append(escape(question.generalFeedback())).append('\n');
        }
        out.append("}\n\n");
    }

    /** "=" marks the full-credit answer of a single choice; every other answer carries its weight. */
    private void choice(Answer answer, boolean single) {
        if (single && answer.percent() == 100) {
            out.append('=');
        } else {
            out.append("~%").append(MoodleXmlWriter.fraction(answer.percent())).append('%');
        }
        out.append(escape(answer.text())).append(feedback(answer.feedback())).append('\n');
    }

    private static String feedback(String text) {
        return text.isBlank() ? "" : "#" + escape(text);
    }

    /** GIFT's escapes: a backslash before \ ~ = # { } : and \n for a line break. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.strip().toCharArray()) {
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    // Line ends are normalised to \n when content is read; a stray CR carries nothing.
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
