package org.alliance.web.grading;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alliance.web.navigation.Link;

/**
 * Responses students sent for an instructor's feedback, which join the grading queue in a section of their own:
 * never graded, so never counted with the free-text answers, never given a second rater, never in agreement
 * figures. Grading publishes this interface and another feature (drills) contributes a bean, so grading does not
 * depend on the features that ask for feedback.
 */
public interface FeedbackRequests {

    /**
     * One request as the queue lists it.
     *
     * @param student who sent it
     * @param activityTitle the activity it came from (a drill's title)
     * @param statement what the response answers (the client's statement), for recognising it in the list
     * @param answeredAt when an instructor answered it, empty while it is open
     * @param answer the page on which an instructor answers it (or answers it again)
     */
    record Request(
            String student,
            String activityTitle,
            String statement,
            Instant requestedAt,
            Optional<Instant> answeredAt,
            Link answer) {

        public boolean open() {
            return answeredAt.isEmpty();
        }
    }

    /**
     * The requests in a course the signed-in user may grade, open ones first and the oldest first among them;
     * empty for anyone else.
     */
    List<Request> inCourse(String courseId);
}
