package org.alliance.web.drill.ui;

import java.util.Set;
import org.alliance.core.practice.Difficulty;
import org.alliance.web.drill.DrillPractice;
import org.alliance.web.drill.DrillViews.Next;
import org.alliance.web.drill.DrillViews.TryView;

/** The service calls of one drill's page, with the course and drill filled in. */
record DrillPracticeCalls(DrillPractice practice, String courseId, String drillId) {

    TryView respond(String turnId, String response) {
        return practice.respond(courseId, drillId, turnId, response);
    }

    void tick(String tryId, Set<String> criteria) {
        practice.tick(courseId, drillId, tryId, criteria);
    }

    Next rate(String turnId, Difficulty difficulty) {
        return practice.rate(courseId, drillId, turnId, difficulty);
    }

    void requestFeedback(String tryId) {
        practice.requestFeedback(courseId, drillId, tryId);
    }
}
