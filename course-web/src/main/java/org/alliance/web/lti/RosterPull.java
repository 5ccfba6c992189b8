package org.alliance.web.lti;

import java.util.List;
import org.alliance.web.catalog.LmsEnrolment;
import org.alliance.web.lti.LmsCourses.RosterResult;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Names and Role Provisioning 2.0: reads an LMS course's members and makes each active one a student or staff of
 * the linked course, with an account matched by the platform and {@code user_id} (created when new), as a launch
 * would. Members who left (status Inactive or Deleted) are not removed: their work stays with the course.
 */
@Component
class RosterPull {
    static final String MEMBERSHIPS = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private static final String ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    private final ServiceTokens tokens;
    private final LmsAccounts accounts;
    private final LmsEnrolment enrolment;
    private final RestClient http = RestClient.create();

    RosterPull(ServiceTokens tokens, LmsAccounts accounts, LmsEnrolment enrolment) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.enrolment = enrolment;
    }

    RosterResult pull(Platform platform, String membershipsUrl, String courseId) {
        JsonNode container = http.get()
                .uri(membershipsUrl)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.token(platform, ServiceTokens.MEMBERSHIPS))
                .header(HttpHeaders.ACCEPT, MEMBERSHIPS)
                .retrieve()
                .body(JsonNode.class);
        int students = 0;
        int staff = 0;
        int refused = 0;
        if (container == null) {
            return new RosterResult(0, 0, 0, 0);
        }
        for (JsonNode member : container.path("members")) {
            String sub = member.path("user_id").asString("");
            String status = member.path("status").asString("Active");
            if (sub.isBlank() || !status.equals("Active")) {
                continue;
            }
            List<String> roles =
                    member.path("roles").valueStream().map(JsonNode::asString).toList();
            boolean teaches = roles.stream()
                    .anyMatch(r -> r.equals(ROLE + "Instructor")
                            || r.equals("Instructor")
                            || r.equals(ROLE + "ContentDeveloper"));
            String username = accounts.accountFor(
                    platform.requireId(), sub, member.path("name").asString(""), teaches);
            if (teaches) {
                if (enrolment.addStaff(courseId, username)) {
                    staff++;
                } else {
                    refused++;
                }
            } else if (roles.stream().anyMatch(r -> r.equals(ROLE + "Learner") || r.equals("Learner"))) {
                enrolment.enrolStudent(courseId, username);
                students++;
            }
        }
        return new RosterResult(students, staff, refused, 0);
    }
}
