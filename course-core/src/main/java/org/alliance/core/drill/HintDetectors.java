package org.alliance.core.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.alliance.core.model.Drill;
import org.alliance.core.model.DrillHint;

/**
 * The fixed detectors behind a drill's automatic hints. The rules are deliberately simple, so an author can
 * predict them (docs/content-format.md lists them): they only ever look at words, and a hint is only switched
 * on where it was measured on the drill's own labelled responses and stays silent on every example.
 *
 * <ul>
 *   <li>{@code question}: the last sentence ends with a question mark (closing quotes, brackets and emphasis
 *       marks after it do not count).
 *   <li>{@code advice}: a sentence opens with a directive, possibly after a filler such as "maybe", "so" or
 *       "I think": "you should", "you could try", "you might try", "try", "just", "why don't you", "why
 *       not", "have you tried", "what if you".
 *   <li>{@code reassurance}: anywhere, "don't worry", "do not worry", "it'll be / it will be / you'll be" fine,
 *       okay, ok, alright or all right, "everything will", "I'm sure", "I am sure".
 * </ul>
 * Case does not matter, and a typographic apostrophe (’) reads as a plain one.
 */
public final class HintDetectors {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern FILLER =
            Pattern.compile("^(?:(?:and|but|so|well|okay|ok|then|maybe|perhaps|honestly|i think|i guess)\\b[,\\s]*)+");
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^(?:you should|you could try|you might try|try|just|why don't you|why not|have you tried|what if you)\\b");
    private static final Pattern REASSURING = Pattern.compile("\\b(?:don't worry|do not worry"
            + "|(?:it'll|it will|you'll|you will) be (?:fine|okay|ok|alright|all right)"
            + "|everything will|i'm sure|i am sure)\\b");
    /** What may follow a sentence's last mark: closing quotes, brackets, Markdown emphasis. */
    private static final String CLOSERS = "\"'”’»)]*_ ";
    /** What may open a sentence before its first word: opening quotes, brackets, emphasis, dashes. */
    private static final String OPENERS = "\"'“‘«([*_-– ";

    private HintDetectors() {}

    /** Whether the hint's detector fires on a response. */
    public static boolean fires(DrillHint hint, String response) {
        return switch (hint) {
            case QUESTION -> question(response);
            case ADVICE -> advice(response);
            case REASSURANCE -> reassurance(response);
        };
    }

    /** The hints switched on for a drill that fire on a response, in the drill's order: what a student is shown. */
    public static List<DrillHint> firing(Drill drill, String response) {
        List<DrillHint> result = new ArrayList<>();
        for (DrillHint hint : drill.hints()) {
            if (!result.contains(hint) && fires(hint, response)) {
                result.add(hint);
            }
        }
        return result;
    }

    static boolean question(String response) {
        String text = normal(response);
        int end = text.length();
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && text.charAt(end - 1) == '?';
    }

    static boolean advice(String response) {
        for (String sentence : SENTENCE_END.split(normal(response))) {
            String opening = FILLER.matcher(trimOpeners(sentence)).replaceFirst("");
            if (DIRECTIVE.matcher(opening).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean reassurance(String response) {
        return REASSURING.matcher(normal(response)).find();
    }

    /** Lower case, plain apostrophes, one space between words, no leading or trailing space. */
    private static String normal(String response) {
        return response.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replace('‘', '\'')
                .replace('ʼ', '\'')
                .replaceAll("[ \\t]+", " ")
                .strip();
    }

    private static String trimOpeners(String sentence) {
        int start = 0;
        while (start < sentence.length() && OPENERS.indexOf(sentence.charAt(start)) >= 0) {
            start++;
        }
        return sentence.substring(start);
    }
}
