package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * The released grade of a free-text answer, as the student's debrief shows it. {@code grading} provides it as a
 * bean, since it owns the ratings; the debrief asks for it without depending on {@code grading}, which itself
 * reads the vignette answers it grades.
 */
public interface DebriefGrade {

    /** A panel with the released grade of the signed-in student's attempt, or empty while none is released. */
    Optional<Component> forMyAnswer(String attemptPublicId);
}
