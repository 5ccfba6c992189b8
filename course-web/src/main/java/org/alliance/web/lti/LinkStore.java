package org.alliance.web.lti;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for what launches link: LMS users to accounts, LMS courses to courses, LMS links to activities. */
@Repository
class LinkStore {
    record ContextLink(
            long platformId,
            String contextId,
            String courseId,
            @Nullable String membershipsUrl,
            @Nullable String title) {}

    record ResourceLink(
            long platformId,
            String resourceLinkId,
            String contextId,
            String courseId,
            String activityId,
            @Nullable String lineItemUrl) {}

    record UserLink(long platformId, String sub, String username) {}

    private final JdbcClient jdbc;

    LinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> username(long platformId, String sub) {
        return jdbc.sql("select username from lti_user where platform_id = ? and sub = ?")
                .params(platformId, sub)
                .query(String.class)
                .optional();
    }

    void linkUser(long platformId, String sub, String username, Instant now) {
        jdbc.sql("insert into lti_user (platform_id, sub, username, linked_at) values (?, ?, ?, ?)")
                .params(platformId, sub, username, PlatformStore.utc(now))
                .update();
    }

    Optional<String> sub(long platformId, String username) {
        return jdbc
                .sql("select sub from lti_user where platform_id = ? and username = ?")
                .params(platformId, username)
                .query(String.class)
                .list()
                .stream()
                .findFirst();
    }

    /** Whether any student enrolled in the course is linked to an LMS account. */
    boolean anyLinkedIn(String courseId) {
        return jdbc.sql("select count(*) from lti_user u join enrolment e on e.username = u.username"
                                + " where e.course_id = ?")
                        .param(courseId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The LMS user ids of these accounts, several per account when it launched from several platforms. */
    List<UserLink> linksOf(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select platform_id, sub, username from lti_user where username in (:names)"
                        + " order by platform_id")
                .param("names", usernames)
                .query((rs, n) -> new UserLink(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    int deleteUser(String username) {
        return jdbc.sql("delete from lti_user where username = ?")
                .param(username)
                .update();
    }

    Optional<ContextLink> context(long platformId, String contextId) {
        return jdbc.sql("select platform_id, context_id, course_id, memberships_url, title from lti_context"
                        + " where platform_id = ? and context_id = ?")
                .params(platformId, contextId)
                .query((rs, n) -> new ContextLink(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    List<ContextLink> contextsOf(String courseId) {
        return jdbc.sql("select platform_id, context_id, course_id, memberships_url, title from lti_context"
                        + " where course_id = ? order by platform_id, context_id")
                .param(courseId)
                .query((rs, n) -> new ContextLink(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Links an LMS course to a course, or refreshes the title and roster address of the link. */
    void saveContext(
            long platformId,
            String contextId,
            String courseId,
            @Nullable String title,
            @Nullable String membershipsUrl) {
        int updated = jdbc.sql("update lti_context set course_id = ?, title = ?,"
                        + " memberships_url = coalesce(?, memberships_url) where platform_id = ? and context_id = ?")
                .params(courseId, title, membershipsUrl, platformId, contextId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into lti_context (platform_id, context_id, course_id, title, memberships_url)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(platformId, contextId, courseId, title, membershipsUrl)
                    .update();
        }
    }

    Optional<ResourceLink> resourceLink(long platformId, String resourceLinkId) {
        return jdbc.sql("select platform_id, resource_link_id, context_id, course_id, activity_id, lineitem_url"
                        + " from lti_resource_link where platform_id = ? and resource_link_id = ?")
                .params(platformId, resourceLinkId)
                .query(LinkStore::resourceLink)
                .optional();
    }

    /** The LMS links to one activity that have a line item to send its grade to. */
    List<ResourceLink> gradedLinks(String courseId, String activityId) {
        return jdbc.sql(
                        "select platform_id, resource_link_id, context_id, course_id, activity_id, lineitem_url"
                                + " from lti_resource_link where course_id = ? and activity_id = ? and lineitem_url is not null")
                .params(courseId, activityId)
                .query(LinkStore::resourceLink)
                .list();
    }

    void saveResourceLink(ResourceLink link) {
        int updated = jdbc.sql("update lti_resource_link set context_id = ?, course_id = ?, activity_id = ?,"
                        + " lineitem_url = coalesce(?, lineitem_url) where platform_id = ? and resource_link_id = ?")
                .params(
                        link.contextId(),
                        link.courseId(),
                        link.activityId(),
                        link.lineItemUrl(),
                        link.platformId(),
                        link.resourceLinkId())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into lti_resource_link (platform_id, resource_link_id, context_id, course_id, activity_id,"
                            + " lineitem_url) values (?, ?, ?, ?, ?, ?)")
                    .params(
                            link.platformId(),
                            link.resourceLinkId(),
                            link.contextId(),
                            link.courseId(),
                            link.activityId(),
                            link.lineItemUrl())
                    .update();
        }
    }

    private static ResourceLink resourceLink(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ResourceLink(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }
}
