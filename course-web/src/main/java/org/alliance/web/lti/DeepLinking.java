package org.alliance.web.lti;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.core.model.Activity;
import org.alliance.core.model.ActivityKind;
import org.alliance.core.model.Course;
import org.alliance.web.catalog.CourseStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deep Linking 2.0: an instructor who launched from their LMS's "add activity" picks a course, lesson or activity
 * of a course they teach; the answer is a JWT signed with the tool's key holding one LTI resource link, with a
 * line item where the activity is graded (quizzes and vignettes), which the browser posts back to the LMS.
 */
@Service
public class DeepLinking {
    static final String CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    static final String DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    static final String ATTRIBUTE = "lti.deep-link.";

    /** Something to link: a whole course, a lesson, or an activity. */
    public record Choice(
            String courseId,
            @Nullable String lessonId,
            @Nullable String activityId,
            String title,
            String kind,
            boolean graded) {}

    /** The signed answer and where the browser posts it (form field {@code JWT}). */
    public record Answer(String returnUrl, String jwt) {}

    private final CourseStaff staff;
    private final PlatformStore platforms;
    private final LinkStore links;
    private final ToolJwts jwts;
    private final Clock clock;

    DeepLinking(CourseStaff staff, PlatformStore platforms, LinkStore links, ToolJwts jwts, Clock clock) {
        this.staff = staff;
        this.platforms = platforms;
        this.links = links;
        this.jwts = jwts;
        this.clock = clock;
    }

    /** The session attribute a waiting request is kept under (the launch stores it, the picker page reads it). */
    public static String sessionAttribute(String ticket) {
        return ATTRIBUTE + ticket;
    }

    /**
     * What the signed-in instructor may link from one course they teach, in the course's order: the course, then each
     * lesson followed by its activities.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<Choice> choices(String courseId) {
        var taught = staff.taught(courseId);
        if (taught.isEmpty()) {
            return List.of();
        }
        Course course = taught.get().course();
        var out = new ArrayList<Choice>();
        out.add(new Choice(courseId, null, null, course.title(), "course", false));
        for (var lesson : course.lessons()) {
            out.add(new Choice(courseId, lesson.id(), null, lesson.title(), "lesson", false));
            for (Activity activity : lesson.activities()) {
                out.add(new Choice(
                        courseId,
                        null,
                        activity.id(),
                        activity.title(),
                        activity.kind().key(),
                        graded(activity)));
            }
        }
        return out;
    }

    /** Signs the answer for one choice and links the LMS course to the Alliance course. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public Answer answer(DeepLinkRequest request, Choice choice) {
        var taught =
                staff.taught(choice.courseId()).orElseThrow(() -> new LtiException("lti.deep-link.error.not-taught"));
        var platform =
                platforms.byId(request.platformId()).orElseThrow(() -> new LtiException("lti.platform.error.unknown"));
        var item = new LinkedHashMap<String, Object>();
        item.put("type", "ltiResourceLink");
        item.put("title", choice.title());
        item.put("url", request.toolBase() + LtiEndpoints.LAUNCH);
        var custom = new LinkedHashMap<String, String>();
        custom.put(LaunchHandler.COURSE, choice.courseId());
        if (choice.lessonId() != null) {
            custom.put(LaunchHandler.LESSON, choice.lessonId());
        }
        if (choice.activityId() != null) {
            custom.put(LaunchHandler.ACTIVITY, choice.activityId());
            var activity = taught.course().activity(choice.activityId());
            if (activity.isPresent() && graded(activity.get())) {
                item.put(
                        "lineItem",
                        Map.of(
                                "scoreMaximum", 100,
                                "label", activity.get().title(),
                                "resourceId", activity.get().id(),
                                "tag", activity.get().kind().key()));
            }
        }
        item.put("custom", custom);
        var now = clock.instant();
        var claims = JwtClaimsSet.builder()
                .issuer(platform.clientId())
                .audience(List.of(platform.issuer()))
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(5)))
                .claim("nonce", UUID.randomUUID().toString())
                .claim(Launch.MESSAGE_TYPE, "LtiDeepLinkingResponse")
                .claim(Launch.VERSION, "1.3.0")
                .claim(Launch.DEPLOYMENT, request.deploymentId())
                .claim(CONTENT_ITEMS, List.of(item));
        if (request.data() != null) {
            claims.claim(DATA, request.data());
        }
        if (request.contextId() != null) {
            links.saveContext(
                    platform.requireId(),
                    request.contextId(),
                    choice.courseId(),
                    request.contextTitle(),
                    request.membershipsUrl());
        }
        return new Answer(request.returnUrl(), jwts.sign(claims.build()));
    }

    private static boolean graded(Activity activity) {
        return activity.kind() == ActivityKind.QUIZ || activity.kind() == ActivityKind.VIGNETTE;
    }
}
