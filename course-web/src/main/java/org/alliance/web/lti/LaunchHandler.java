package org.alliance.web.lti;

import org.alliance.core.model.Activity;
import org.alliance.core.model.Drill;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.Reflection;
import org.alliance.core.model.Vignette;
import org.alliance.web.catalog.LmsEnrolment;
import org.alliance.web.lti.LaunchFailure.Reason;
import org.alliance.web.lti.LinkStore.ResourceLink;
import org.alliance.web.navigation.Link;
import org.alliance.web.navigation.Links;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a validated launch does: finds or creates the account of the LMS user (by the platform and its stable
 * {@code sub}, never by e-mail), links the LMS course and link to the course and activity, makes the user a
 * student or staff of that course by their context role, and says where they land.
 */
@Component
class LaunchHandler {
    /** Custom parameters Deep Linking puts on the links it returns, so the launch knows its target. */
    static final String COURSE = "alliance_course";

    static final String ACTIVITY = "alliance_activity";
    static final String LESSON = "alliance_lesson";

    record Landing(String username, Link link) {}

    private final LinkStore links;
    private final LmsAccounts accounts;
    private final LmsEnrolment enrolment;

    LaunchHandler(LinkStore links, LmsAccounts accounts, LmsEnrolment enrolment) {
        this.links = links;
        this.accounts = accounts;
        this.enrolment = enrolment;
    }

    /** The account a launch signs in as: linked before, or created now with the name and role the LMS gave. */
    @Transactional
    String account(Launch launch) {
        return accounts.accountFor(
                launch.platform().requireId(),
                launch.sub(),
                launch.displayName(),
                launch.staff() || launch.teachingAssistant());
    }

    /**
     * A Deep Linking launch by a teacher of an LMS course already linked to a course: they become its co-instructor,
     * as a resource link launch would make them, so the picker offers that course.
     */
    @Transactional
    String deepLinkingAccount(Launch launch) {
        String username = account(launch);
        String contextId = launch.contextId();
        if (contextId != null && launch.staff()) {
            links.context(launch.platform().requireId(), contextId)
                    .ifPresent(c -> enrolment.addStaff(c.courseId(), username));
        }
        return username;
    }

    /** A resource link launch: membership by role, the links recorded, the page to land on. */
    @Transactional
    Landing resourceLink(Launch launch) {
        String username = account(launch);
        long platform = launch.platform().requireId();
        String contextId = launch.contextId();
        String linkId = launch.resourceLinkId();
        var known = linkId == null ? null : links.resourceLink(platform, linkId).orElse(null);
        String courseId = firstOf(
                launch.custom(COURSE),
                known == null ? null : known.courseId(),
                contextId == null
                        ? null
                        : links.context(platform, contextId)
                                .map(LinkStore.ContextLink::courseId)
                                .orElse(null));
        if (courseId == null) {
            throw new LaunchFailure(Reason.NOT_LINKED, "no course for context " + contextId);
        }
        var course = enrolment
                .latest(courseId)
                .orElseThrow(() -> new LaunchFailure(Reason.NOT_LINKED, "no course " + courseId))
                .course();
        String activityId = firstOf(launch.custom(ACTIVITY), known == null ? null : known.activityId());
        Activity activity =
                activityId == null ? null : course.activity(activityId).orElse(null);
        if (activityId != null && activity == null) {
            throw new LaunchFailure(Reason.NOT_LINKED, "no activity " + activityId + " in " + courseId);
        }
        if (contextId != null) {
            links.saveContext(platform, contextId, courseId, launch.contextTitle(), launch.membershipsUrl());
        }
        if (linkId != null && activity != null) {
            links.saveResourceLink(new ResourceLink(
                    platform, linkId, contextId == null ? "" : contextId, courseId, activity.id(), launch.lineItem()));
        }
        boolean staff = launch.staff() || launch.teachingAssistant();
        if (launch.staff()) {
            if (!enrolment.addStaff(courseId, username)) {
                throw new LaunchFailure(Reason.STUDENT_ACCOUNT_AS_STAFF, username);
            }
        } else if (launch.teachingAssistant()) {
            if (!enrolment.addRater(courseId, username)) {
                throw new LaunchFailure(Reason.STUDENT_ACCOUNT_AS_STAFF, username);
            }
        } else {
            enrolment.enrolStudent(courseId, username);
        }
        String lesson = launch.custom(LESSON);
        Link target;
        if (staff) {
            target = Links.taughtCourse(courseId);
        } else if (activity != null) {
            target = activityLink(courseId, activity);
        } else if (lesson != null && course.lesson(lesson).isPresent()) {
            target = Links.lesson(courseId, lesson);
        } else {
            target = Links.course(courseId);
        }
        return new Landing(username, target);
    }

    static Link activityLink(String courseId, Activity activity) {
        return switch (activity) {
            case Quiz q -> Links.quiz(courseId, q.id());
            case Vignette v -> Links.vignette(courseId, v.id());
            case Drill d -> Links.drill(courseId, d.id());
            case Reflection r -> Links.reflection(courseId, r.id());
        };
    }

    private static @Nullable String firstOf(@Nullable String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
