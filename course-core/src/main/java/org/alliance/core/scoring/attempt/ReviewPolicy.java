package org.alliance.core.scoring.attempt;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.alliance.core.model.Behaviour;
import org.alliance.core.model.ReviewDetail;
import org.alliance.core.model.ReviewOptions;

/**
 * What review may show in each phase.
 *
 * <ul>
 *   <li>During an attempt only interactive behaviour shows anything (its {@code during} details,
 *       after each committed answer); deferred feedback means nothing before submit.
 *   <li>After the close date the student sees the {@code after_close} details plus the
 *       {@code after_submit} ones: closing a quiz never hides what was already shown.
 * </ul>
 */
public final class ReviewPolicy {

    private ReviewPolicy() {}

    public static Set<ReviewDetail> visible(ReviewOptions options, Behaviour behaviour, ReviewPhase phase) {
        var visible = EnumSet.noneOf(ReviewDetail.class);
        switch (phase) {
            case DURING -> {
                if (behaviour == Behaviour.INTERACTIVE) {
                    visible.addAll(options.during());
                }
            }
            case AFTER_SUBMIT -> visible.addAll(options.afterSubmit());
            case AFTER_CLOSE -> {
                visible.addAll(options.afterSubmit());
                visible.addAll(options.afterClose());
            }
        }
        // An EnumSet keeps the details in a stable order for display.
        return Collections.unmodifiableSet(visible);
    }
}
