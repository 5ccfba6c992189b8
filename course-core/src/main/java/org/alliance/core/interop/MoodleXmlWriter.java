package org.alliance.core.interop;

import java.util.List;
import java.util.Locale;
import org.alliance.core.interop.ExportedQuestion.Answer;

/**
 * Moodle XML (the format of question/format/xml/format.php): a category question before each
 * category's questions, then each question in the qtype that matches it. Question texts and
 * feedback are HTML ({@code format="html"}); short answers and matching answers are plain text,
 * as Moodle's importer reads them.
 */
public final class MoodleXmlWriter {

    private final StringBuilder out = new StringBuilder();

    private MoodleXmlWriter() {}

    public static String write(QuestionBank bank) {
        MoodleXmlWriter writer = new MoodleXmlWriter();
        writer.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        for (QuestionBank.Category category : bank.categories()) {
            writer.category(category.path());
            category.questions().forEach(writer::question);
        }
        writer.out.append("</quiz>\n");
        return writer.out.toString();
    }

    /** Moodle writes a slash inside a category name as two. */
    static String categoryPath(List<String> path) {
        StringBuilder text = new StringBuilder("$course$/top");
        path.forEach(name -> text.append('/').append(name.replace("/", "//")));
        return text.toString();
    }

    private void category(List<String> path) {
        out.append("  <question type=\"category\">\n    <category>\n      <text>")
                .append(Html.xml(categoryPath(path)))
                .append("</text>\n    </category>\n    <info format=\"html\">\n      <text></text>\n    </info>\n")
                .append("  </question>\n");
    }

    private void question(ExportedQuestion question) {
        String type = switch (question) {
            case ExportedQuestion.Choice c -> "multichoice";
            case ExportedQuestion.TrueFalse t -> "truefalse";
            case ExportedQuestion.ShortAnswer s -> "shortanswer";
            case ExportedQuestion.Matching m -> "matching";
            case ExportedQuestion.Ordering o -> "ordering";
            case ExportedQuestion.Essay e -> "essay";
        };
        out.append("  <question type=\"").append(type).append("\">\n");
        out.append("    <name>\n      <text>").append(Html.xml(question.id())).append("</text>\n    </name>\n");
        html("questiontext", question.text(), "    ");
        html("generalfeedback", question.generalFeedback(), "    ");
        out.append("    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n");
        out.append("    <idnumber>").append(Html.xml(question.id())).append("</idnumber>\n");
        switch (question) {
            case ExportedQuestion.Choice c -> choice(c);
            case ExportedQuestion.TrueFalse t -> {
                plainAnswer(t.answer() ? 100 : 0, "true", t.feedbackTrue());
                plainAnswer(t.answer() ? 0 : 100, "false", t.feedbackFalse());
            }
            case ExportedQuestion.ShortAnswer s -> {
                out.append("    <usecase>").append(s.caseSensitive() ? 1 : 0).append("</usecase>\n");
                s.answers().forEach(a -> plainAnswer(a.percent(), a.text(), a.feedback()));
            }
            case ExportedQuestion.Matching m -> matching(m);
            case ExportedQuestion.Ordering o -> ordering(o);
            case ExportedQuestion.Essay e -> essay();
        }
        out.append("  </question>\n");
    }

    private void choice(ExportedQuestion.Choice choice) {
        out.append("    <single>").append(choice.single()).append("</single>\n");
        out.append("    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n");
        out.append("    <showstandardinstruction>0</showstandardinstruction>\n");
        combinedFeedback();
        for (Answer answer : choice.answers()) {
            out.append("    <answer fraction=\"")
                    .append(fraction(answer.percent()))
                    .append("\" format=\"html\">\n");
            out.append("      <text>").append(Html.xml(Html.of(answer.text()))).append("</text>\n");
            html("feedback", answer.feedback(), "      ");
            out.append("    </answer>\n");
        }
    }

    private void matching(ExportedQuestion.Matching matching) {
        out.append("    <shuffleanswers>true</shuffleanswers>\n");
        combinedFeedback();
        for (ExportedQuestion.Pair pair : matching.pairs()) {
            out.append("    <subquestion format=\"html\">\n      <text>")
                    .append(Html.xml(Html.of(pair.prompt())))
                    .append("</text>\n      <answer>\n        <text>")
                    .append(Html.xml(pair.match()))
                    .append("</text>\n      </answer>\n    </subquestion>\n");
        }
    }

    /**
     * Moodle's ordering qtype (core since 4.3) takes the correct order from the order of the answers; it writes
     * each one's position as its "fraction", and so do we, though its importer ignores it. All steps shown.
     */
    private void ordering(ExportedQuestion.Ordering ordering) {
        out.append("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n");
        out.append("    <selectcount>")
                .append(ordering.steps().size())
                .append("</selectcount>\n    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n");
        out.append("    <showgrading>SHOW</showgrading>\n    <numberingstyle>none</numberingstyle>\n");
        combinedFeedback();
        List<String> steps = ordering.steps();
        for (int i = 0; i < steps.size(); i++) {
            out.append("    <answer fraction=\"").append(i + 1).append(".0000000\" format=\"html\">\n");
            out.append("      <text>").append(Html.xml(Html.of(steps.get(i)))).append("</text>\n");
            out.append("    </answer>\n");
        }
    }

    private void essay() {
        out.append("    <responseformat>editor</responseformat>\n    <responserequired>1</responserequired>\n");
        out.append("    <responsefieldlines>10</responsefieldlines>\n    <attachments>0</attachments>\n");
        out.append("    <attachmentsrequired>0</attachmentsrequired>\n");
        html("graderinfo", "", "    ");
        html("responsetemplate", "", "    ");
    }

    private void combinedFeedback() {
        for (String field : List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
            html(field, "", "    ");
        }
    }

    private void plainAnswer(double percent, String text, String feedback) {
        out.append("    <answer fraction=\"").append(fraction(percent)).append("\" format=\"moodle_auto_format\">\n");
        out.append("      <text>").append(Html.xml(text)).append("</text>\n");
        html("feedback", feedback, "      ");
        out.append("    </answer>\n");
    }

    private void html(String element, String markdown, String indent) {
        out.append(indent).append('<').append(element).append(" format=\"html\">\n");
        out.append(indent)
                .append("  <text>")
                .append(Html.xml(Html.of(markdown)))
                .append("</text>\n");
        out.append(indent).append("</").append(element).append(">\n");
    }

    /** Percent with up to five decimals, as Moodle writes them (83.33333, not 83.33333333). */
    static String fraction(double percent) {
        String text = String.format(Locale.ROOT, "%.5f", percent)
                .replaceAll("0+$", "")
                .replaceAll("\\.$", "");
        return text.equals("-0") ? "0" : text;
    }
}
