package org.alliance.web.events;

import java.time.Instant;
import org.alliance.core.model.ItemType;
import org.jspecify.annotations.Nullable;

/**
 * A committed answer to a quiz item: an interactive try the student checked, a pending answer checked at
 * submission, or a deferred quiz's final answer at submission; never an entry still being edited.
 *
 * @param response the answer in the xAPI response format of its interaction type (option ids joined by
 *     {@code [,]}, matching pairs as {@code source[.]target}, the text of a short answer, "true"/"false")
 * @param correct whether the answer is fully correct; null unless the quiz reveals it at this moment
 * @param score the item's score as a fraction 0..1; null unless the quiz reveals it at this moment
 * @param tryNumber the try this answer is (1 for a deferred quiz)
 */
public record ItemAnswered(
        String username,
        String courseId,
        String quizId,
        String quizTitle,
        String attemptId,
        String itemId,
        ItemType itemType,
        String itemPrompt,
        String response,
        @Nullable Boolean correct,
        @Nullable Double score,
        int tryNumber,
        Instant at) {}
