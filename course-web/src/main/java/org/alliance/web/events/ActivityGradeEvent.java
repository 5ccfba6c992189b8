package org.alliance.web.events;

/**
 * An event after which an activity's grade for one student may differ (a completed attempt, a released or
 * overridden free-text grade, a rescoring): whoever keeps a copy of the grade elsewhere recomputes it.
 */
public interface ActivityGradeEvent {
    String username();

    String courseId();

    String activityId();
}
