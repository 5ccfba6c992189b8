package org.alliance.web.ui;

import com.vaadin.flow.component.Component;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.core.validation.Problem;

/**
 * A content problem in an author's words: its severity, where it is ("in quizzes/q1.yaml, line 12") and what
 * to do, for the import page and the editor's problem list. The content build keeps printing
 * {@code file:line:column} ({@link Problem#toString()}); authors read words. The column is left out: neither
 * the editor's text area nor most authors' eyes count characters, and the line with the message finds the
 * spot. Messages and hints are the validator's plain English.
 */
public final class ProblemText {
    /** A course file's place as {@code Location} prints it: path, line, column. */
    private static final Pattern PLACE = Pattern.compile("([\\w.-]+(?:/[\\w.-]+)*\\.(?:yaml|md)):(\\d+):\\d+");

    private ProblemText() {}

    /** "Error: in quizzes/q1.yaml, line 12: Missing required field 'stem'. Add 'stem:' with a value." */
    public static String of(Component host, Problem problem) {
        return host.getTranslation(
                problem.isError() ? "problem.error" : problem.isAccepted() ? "problem.accepted" : "problem.warning",
                placed(host, problem));
    }

    /** Where and what, without the severity: "in quizzes/q1.yaml, line 12: ...". */
    public static String placed(Component host, Problem problem) {
        String where = where(host, problem);
        String what = what(host, problem);
        return where.isEmpty() ? what : host.getTranslation("problem.placed", where, what);
    }

    /** "in quizzes/q1.yaml, line 12", "in quizzes/q1.yaml" when the line is unknown, or nothing without a file. */
    public static String where(Component host, Problem problem) {
        if (problem.file().isBlank()) {
            return "";
        }
        return problem.line() > 0
                // As text: a number argument would be grouped ("line 1,204") by MessageFormat.
                ? host.getTranslation("problem.in-file-line", problem.file(), String.valueOf(problem.line()))
                : host.getTranslation("problem.in-file", problem.file());
    }

    /** The message, then the hint that says how to fix it, or for an accepted warning the author's reason. */
    public static String what(Component host, Problem problem) {
        if (problem.isAccepted()) {
            return message(host, problem) + " "
                    + host.getTranslation(
                            "problem.accepted-why", problem.params().getOrDefault("why", ""));
        }
        String hint = problem.hint() == null ? "" : problem.hint().strip();
        return hint.isEmpty() ? message(host, problem) : message(host, problem) + " " + hint;
    }

    /**
     * The validator's message, with any other place it names ("also at quizzes/q1.yaml:12:5", a duplicate id's
     * first use) in the same words: "also at quizzes/q1.yaml, line 12".
     */
    public static String message(Component host, Problem problem) {
        Matcher place = PLACE.matcher(problem.message());
        var out = new StringBuilder();
        while (place.find()) {
            place.appendReplacement(
                    out,
                    Matcher.quoteReplacement(host.getTranslation("problem.file-line", place.group(1), place.group(2))));
        }
        return place.appendTail(out).toString();
    }
}
