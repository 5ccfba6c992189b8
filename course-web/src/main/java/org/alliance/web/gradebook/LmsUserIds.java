package org.alliance.web.gradebook;

import java.util.Collection;
import java.util.Map;

/**
 * The user ids an LMS knows students by, for the gradebook CSV (so rows can be matched in the LMS's own gradebook).
 * The lti feature provides it; the gradebook does not depend on that feature.
 */
public interface LmsUserIds {
    /** Whether any student of the course came through an LMS (only then does the CSV get the column). */
    boolean any(String courseId);

    /** Username to the LMS user id ({@code sub}); several LMSs are joined with "; ". Absent: none. */
    Map<String, String> of(Collection<String> usernames);
}
