package org.alliance.web.lti;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.alliance.web.gradebook.LmsUserIds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The LMS user ids ({@code sub}) of a page of students, for the gradebook CSV. */
@Component
class LtiUserIds implements LmsUserIds {
    private final LinkStore links;

    LtiUserIds(LinkStore links) {
        this.links = links;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean any(String courseId) {
        return links.anyLinkedIn(courseId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> of(Collection<String> usernames) {
        var out = new HashMap<String, String>();
        links.linksOf(usernames).forEach(l -> out.merge(l.username(), l.sub(), (a, b) -> a + "; " + b));
        return out;
    }
}
