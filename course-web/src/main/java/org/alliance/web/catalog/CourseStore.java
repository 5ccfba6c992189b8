package org.alliance.web.catalog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for courses, versions, offerings and enrolments. Private to the catalogue feature. */
@Repository
class CourseStore {
    private final JdbcClient jdbc;

    CourseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Version(long id, String courseId, String contentHash, Instant publishedAt) {}

    record Offering(
            String courseId,
            EnrolmentMode mode,
            @Nullable String keyHash,
            @Nullable Instant opensAt,
            @Nullable Instant closesAt) {}

    boolean courseExists(String courseId) {
        return jdbc.sql("select count(*) from course where id = ?")
                        .param(courseId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void createCourse(String courseId, String owner, Instant now) {
        jdbc.sql("insert into course (id, owner_username, created_at) values (?, ?, ?)")
                .params(courseId, owner, utc(now))
                .update();
        jdbc.sql("insert into offering (course_id, enrolment_mode) values (?, ?)")
                .params(courseId, EnrolmentMode.OPEN.name())
                .update();
    }

    Optional<Version> latestVersion(String courseId) {
        return jdbc.sql("""
                select id, course_id, content_hash, published_at from course_version
                where course_id = ? order by id desc fetch first 1 rows only""")
                .param(courseId)
                .query((rs, n) -> new Version(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The latest version of every course that has one, in course id order. */
    List<Version> latestVersions() {
        return jdbc.sql("""
                select v.id, v.course_id, v.content_hash, v.published_at from course_version v
                where v.id = (select max(w.id) from course_version w where w.course_id = v.course_id)
                order by v.course_id""")
                .query((rs, n) -> new Version(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The version's place among its course's versions, from 1: ids grow across all courses, numbers per course. */
    int versionNumber(long versionId) {
        return jdbc.sql("""
                select count(*) from course_version v
                where v.course_id = (select course_id from course_version where id = ?) and v.id <= ?""").params(versionId, versionId).query(Integer.class).single();
    }

    long insertVersion(String courseId, String contentHash, Map<String, String> files, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into course_version (course_id, content_hash, published_at) values (?, ?, ?)")
                .params(courseId, contentHash, utc(now))
                .update(keys, "id");
        long versionId = keys.getKeyAs(Long.class);
        files.forEach((path, content) -> jdbc.sql(
                        "insert into course_version_file (version_id, path, content) values (?, ?, ?)")
                .params(versionId, path, content)
                .update());
        return versionId;
    }

    Map<String, String> files(long versionId) {
        Map<String, String> files = new LinkedHashMap<>();
        jdbc.sql("select path, content from course_version_file where version_id = ? order by path")
                .param(versionId)
                .query(rs -> {
                    files.put(rs.getString(1), rs.getString(2));
                });
        return files;
    }

    Optional<Offering> offering(String courseId) {
        return jdbc.sql("""
                select course_id, enrolment_mode, enrolment_key_hash, opens_at, closes_at
                from offering where course_id = ?""")
                .param(courseId)
                .query((rs, n) -> new Offering(
                        rs.getString(1),
                        EnrolmentMode.valueOf(rs.getString(2)),
                        rs.getString(3),
                        instant(rs.getObject(4, OffsetDateTime.class)),
                        instant(rs.getObject(5, OffsetDateTime.class))))
                .optional();
    }

    boolean isEnrolled(String courseId, String username) {
        return jdbc.sql("select count(*) from enrolment where course_id = ? and username = ?")
                        .params(courseId, username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void enrol(String courseId, String username, Instant now) {
        jdbc.sql("insert into enrolment (course_id, username, enrolled_at) values (?, ?, ?)")
                .params(courseId, username, utc(now))
                .update();
    }

    void unenrol(String courseId, String username) {
        jdbc.sql("delete from enrolment where course_id = ? and username = ?")
                .params(courseId, username)
                .update();
    }

    List<String> enrolledCourseIds(String username) {
        return jdbc.sql("select course_id from enrolment where username = ? order by enrolled_at")
                .param(username)
                .query(String.class)
                .list();
    }

    /** Every enrolment of a user, oldest first. */
    List<EnrolmentPersonalData.Enrolment> enrolmentsOf(String username) {
        return jdbc.sql("select course_id, enrolled_at from enrolment where username = ? order by enrolled_at")
                .param(username)
                .query((rs, n) -> new EnrolmentPersonalData.Enrolment(
                        rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Moves every enrolment of a user to another name. */
    void reassignEnrolments(String username, String alias) {
        jdbc.sql("update enrolment set username = ? where username = ?")
                .params(alias, username)
                .update();
    }

    /** Ids of courses a user owns or co-teaches. */
    List<String> taughtBy(String username) {
        return jdbc.sql("""
                select id from course where owner_username = ?
                union select course_id from course_instructor where username = ?
                order by 1""").params(username, username).query(String.class).list();
    }

    List<String> allCourseIds() {
        return jdbc.sql("select id from course order by id").query(String.class).list();
    }

    Optional<String> owner(String courseId) {
        return jdbc.sql("select owner_username from course where id = ?")
                .param(courseId)
                .query(String.class)
                .optional();
    }

    List<String> coInstructors(String courseId) {
        return jdbc.sql("select username from course_instructor where course_id = ? order by username")
                .param(courseId)
                .query(String.class)
                .list();
    }

    void addInstructor(String courseId, String username, Instant now) {
        if (!coInstructors(courseId).contains(username)) {
            jdbc.sql("insert into course_instructor (course_id, username, added_at) values (?, ?, ?)")
                    .params(courseId, username, utc(now))
                    .update();
        }
    }

    void removeInstructor(String courseId, String username) {
        jdbc.sql("delete from course_instructor where course_id = ? and username = ?")
                .params(courseId, username)
                .update();
    }

    record Rater(String username, String addedBy, Instant addedAt) {}

    List<Rater> raters(String courseId) {
        return jdbc.sql("select username, added_by, added_at from course_rater where course_id = ? order by username")
                .param(courseId)
                .query((rs, n) -> new Rater(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Ids of the courses a user was added to as a rater. */
    List<String> ratedBy(String username) {
        return jdbc.sql("select course_id from course_rater where username = ? order by course_id")
                .param(username)
                .query(String.class)
                .list();
    }

    boolean isRater(String courseId, String username) {
        return jdbc.sql("select count(*) from course_rater where course_id = ? and username = ?")
                        .params(courseId, username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void addRater(String courseId, String username, String addedBy, Instant now) {
        if (!isRater(courseId, username)) {
            jdbc.sql("insert into course_rater (course_id, username, added_by, added_at) values (?, ?, ?, ?)")
                    .params(courseId, username, addedBy, utc(now))
                    .update();
        }
    }

    void removeRater(String courseId, String username) {
        jdbc.sql("delete from course_rater where course_id = ? and username = ?")
                .params(courseId, username)
                .update();
    }

    void setOwner(String courseId, String username) {
        jdbc.sql("update course set owner_username = ? where id = ?")
                .params(username, courseId)
                .update();
    }

    List<String> students(String courseId) {
        return jdbc.sql("select username from enrolment where course_id = ? order by username")
                .param(courseId)
                .query(String.class)
                .list();
    }

    /** A page of enrolled usernames containing {@code filter} (case-insensitive), ordered by name in SQL. */
    List<String> students(String courseId, String filter, boolean descending, int offset, int limit) {
        return jdbc.sql("select username from enrolment where course_id = ? and lower(username) like ? escape '\\'"
                        + " order by username " + (descending ? "desc" : "asc") + " limit ? offset ?")
                .params(courseId, contains(filter), limit, offset)
                .query(String.class)
                .list();
    }

    int countStudents(String courseId, String filter) {
        return jdbc.sql("select count(*) from enrolment where course_id = ? and lower(username) like ? escape '\\'")
                .params(courseId, contains(filter))
                .query(Integer.class)
                .single();
    }

    /** A LIKE pattern matching names that contain the text, with LIKE's own wildcards taken literally. */
    private static String contains(String filter) {
        String needle = filter.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + needle + "%";
    }

    /** Whether some version of the course, latest or earlier, holds exactly this content. */
    boolean hasVersionWithHash(String courseId, String contentHash) {
        return jdbc.sql("select count(*) from course_version where course_id = ? and content_hash = ?")
                        .params(courseId, contentHash)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
