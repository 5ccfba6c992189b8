package org.alliance.web.assessment.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.alliance.core.scoring.Response;

/** The input for one item type: what the student has entered, as a response that names ids. */
interface AnswerInput {
    Component component();

    /** The current entry, or empty when nothing (or not enough) has been entered. */
    Optional<Response> value();

    /**
     * What is entered now, complete or not, as it is saved while the student works: {@link Response.Unanswered}
     * when nothing is.
     */
    default Response entry() {
        return value().orElseGet(Response.Unanswered::new);
    }

    /** Shows a saved answer, e.g. when an attempt is resumed; {@link Response.Unanswered} empties the input. */
    void show(Response response);

    /** Called when the student changes the entry. */
    void onChange(Runnable listener);

    void setReadOnly(boolean readOnly);
}
