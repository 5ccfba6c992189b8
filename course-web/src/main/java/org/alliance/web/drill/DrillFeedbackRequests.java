package org.alliance.web.drill;

import java.util.List;
import org.alliance.web.grading.FeedbackRequests;
import org.springframework.stereotype.Component;

/** Drill responses sent for feedback, for the grading queue's section of requests (never graded). */
@Component
class DrillFeedbackRequests implements FeedbackRequests {
    private final DrillFeedback feedback;

    DrillFeedbackRequests(DrillFeedback feedback) {
        this.feedback = feedback;
    }

    /** Through the service, which checks that the caller may grade the course. */
    @Override
    public List<Request> inCourse(String courseId) {
        return feedback.requests(courseId);
    }
}
