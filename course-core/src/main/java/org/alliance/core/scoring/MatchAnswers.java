package org.alliance.core.scoring;

import java.util.ArrayList;
import java.util.List;
import org.alliance.core.model.Matching;

/**
 * The answers a matching item offers, with ids a response can name. A pair's match takes the
 * pair's id; a distractor, which has no id in the content, takes {@code distractor:<n>} (1-based,
 * in authored order). The colon cannot occur in a content id, so the two never collide.
 */
public final class MatchAnswers {

    /** One answer that can be placed against a prompt. */
    public record MatchAnswer(String id, String text) {}

    private static final String DISTRACTOR_PREFIX = "distractor:";

    private MatchAnswers() {}

    public static List<MatchAnswer> of(Matching item) {
        var answers = new ArrayList<MatchAnswer>();
        for (var pair : item.pairs()) {
            answers.add(new MatchAnswer(pair.id(), pair.match()));
        }
        for (int i = 0; i < item.distractors().size(); i++) {
            answers.add(new MatchAnswer(
                    DISTRACTOR_PREFIX + (i + 1), item.distractors().get(i)));
        }
        return List.copyOf(answers);
    }
}
