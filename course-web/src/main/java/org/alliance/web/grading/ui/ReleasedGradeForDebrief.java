package org.alliance.web.grading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import org.alliance.web.grading.ReleasedGrades;
import org.alliance.web.vignette.ui.DebriefGrade;

/** Puts a released free-text grade into the student's vignette debrief, as a {@link ReleasedGradePanel}. */
@SpringComponent
class ReleasedGradeForDebrief implements DebriefGrade {
    private final ReleasedGrades grades;

    ReleasedGradeForDebrief(ReleasedGrades grades) {
        this.grades = grades;
    }

    @Override
    public Optional<Component> forMyAnswer(String attemptPublicId) {
        return grades.forMyAnswer(attemptPublicId).<Component>map(ReleasedGradePanel::new);
    }
}
