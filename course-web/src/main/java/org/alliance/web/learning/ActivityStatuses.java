package org.alliance.web.learning;

import java.util.Map;
import org.alliance.core.grading.ActivityStatus;

/**
 * Where the signed-in student stands on each activity of a course, as the course and lesson pages show it. The
 * activities' own features keep the attempts; {@code progress} puts them together and provides this, so the
 * pages here need not depend on the features above them.
 */
public interface ActivityStatuses {

    /** Each begun activity's status by activity id; activities not begun are absent. */
    Map<String, ActivityStatus> activityStatuses(String courseId);
}
