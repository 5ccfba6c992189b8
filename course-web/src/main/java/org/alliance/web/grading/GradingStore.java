package org.alliance.web.grading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for ratings, releases, the audit log and notices. Private to the grading feature. */
@Repository
class GradingStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    GradingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A rating as it stands now, with the versions its rater revised away (oldest first). */
    record Rating(
            long id,
            long attemptId,
            RatingKind kind,
            int seq,
            String rater,
            boolean safetyConcern,
            @Nullable String comment,
            Instant ratedAt,
            Map<String, Integer> ratings,
            List<Revision> earlier) {}

    /** A version of a rating that its rater later revised. */
    record Revision(
            Instant ratedAt,
            Map<String, Integer> ratings,
            boolean safetyConcern,
            @Nullable String comment) {}

    record Release(
            long attemptId,
            double score,
            Map<String, Double> ratings,
            boolean safetyFlagged,
            @Nullable String comment,
            String releasedBy,
            Instant releasedAt) {}

    record Audit(
            long id,
            long attemptId,
            String actor,
            Instant at,
            String action,
            @Nullable Double oldScore,
            @Nullable Double newScore,
            @Nullable String reason) {}

    record Notice(
            long id,
            String username,
            Instant createdAt,
            String messageKey,
            List<String> params,
            @Nullable String link,
            @Nullable Instant readAt) {}

    /** Every rating of these attempts, in the order they were given (overrides last). */
    List<Rating> ratings(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return List.of();
        }
        // The ratings first, then their scores and revisions: a rating is written with its scores in one
        // transaction, so every rating read here has its scores committed by the time they are read (read in the
        // other order, a rating committed in between came back without its scores).
        List<Rating> bare = jdbc.sql("select id, attempt_id, kind, seq, rater, safety_concern, comment, rated_at"
                        + " from free_text_rating where attempt_id in (:ids) order by attempt_id, id")
                .param("ids", attemptIds)
                .query((rs, n) -> new Rating(
                        rs.getLong(1),
                        rs.getLong(2),
                        RatingKind.valueOf(rs.getString(3)),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getString(7),
                        instant(rs.getObject(8, OffsetDateTime.class)),
                        Map.of(),
                        List.of()))
                .list();
        Map<Long, Map<String, Integer>> scores = new LinkedHashMap<>();
        jdbc.sql("select s.rating_id, s.dimension, s.rating from free_text_rating_score s"
                        + " join free_text_rating r on r.id = s.rating_id where r.attempt_id in (:ids)")
                .param("ids", attemptIds)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getInt(3));
                });
        Map<Long, List<Revision>> revisions = new LinkedHashMap<>();
        jdbc.sql(
                        "select v.rating_id, v.rated_at, v.ratings, v.safety_concern, v.comment from free_text_rating_revision v"
                                + " join free_text_rating r on r.id = v.rating_id where r.attempt_id in (:ids) order by v.id")
                .param("ids", attemptIds)
                .query(rs -> {
                    revisions
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Revision(
                                    instant(rs.getObject(2, OffsetDateTime.class)),
                                    JSON.readValue(
                                            rs.getString(3), new TypeReference<LinkedHashMap<String, Integer>>() {}),
                                    rs.getBoolean(4),
                                    rs.getString(5)));
                });
        return bare.stream()
                .map(r -> new Rating(
                        r.id(),
                        r.attemptId(),
                        r.kind(),
                        r.seq(),
                        r.rater(),
                        r.safetyConcern(),
                        r.comment(),
                        r.ratedAt(),
                        scores.getOrDefault(r.id(), Map.of()),
                        List.copyOf(revisions.getOrDefault(r.id(), List.of()))))
                .toList();
    }

    /** Adds a rating; a taken slot (someone rated at the same moment) fails on the unique key. */
    void addRating(
            long attemptId,
            RatingKind kind,
            int seq,
            String rater,
            Map<String, Integer> ratings,
            boolean safetyConcern,
            @Nullable String comment,
            Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into free_text_rating (attempt_id, kind, seq, rater, safety_concern, comment, rated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(attemptId, kind.name(), seq, rater, safetyConcern, comment, utc(now))
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        ratings.forEach((dimension, rating) -> jdbc.sql(
                        "insert into free_text_rating_score (rating_id, dimension, rating) values (?, ?, ?)")
                .params(id, dimension, rating)
                .update());
    }

    /**
     * A rater revises their own rating before the other rater has filed: the version it replaces is kept as a
     * revision (agreement reads the first one), then the rating holds the new version.
     */
    void reviseRating(
            Rating current,
            Map<String, Integer> ratings,
            boolean safetyConcern,
            @Nullable String comment,
            Instant now) {
        jdbc.sql("insert into free_text_rating_revision (rating_id, ratings, safety_concern, comment, rated_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(
                        current.id(),
                        JSON.writeValueAsString(current.ratings()),
                        current.safetyConcern(),
                        current.comment(),
                        utc(current.ratedAt()))
                .update();
        jdbc.sql("update free_text_rating set safety_concern = ?, comment = ?, rated_at = ? where id = ?")
                .params(safetyConcern, comment, utc(now), current.id())
                .update();
        jdbc.sql("delete from free_text_rating_score where rating_id = ?")
                .param(current.id())
                .update();
        ratings.forEach((dimension, rating) -> jdbc.sql(
                        "insert into free_text_rating_score (rating_id, dimension, rating) values (?, ?, ?)")
                .params(current.id(), dimension, rating)
                .update());
    }

    Map<Long, Release> releases(Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Release> releases = new LinkedHashMap<>();
        jdbc.sql("select attempt_id, score, ratings, safety_flagged, comment, released_by, released_at"
                        + " from free_text_release where attempt_id in (:ids)")
                .param("ids", attemptIds)
                .query(rs -> {
                    releases.put(
                            rs.getLong(1),
                            new Release(
                                    rs.getLong(1),
                                    rs.getDouble(2),
                                    JSON.readValue(
                                            rs.getString(3), new TypeReference<LinkedHashMap<String, Double>>() {}),
                                    rs.getBoolean(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    instant(rs.getObject(7, OffsetDateTime.class))));
                });
        return releases;
    }

    Optional<Release> release(long attemptId) {
        return Optional.ofNullable(releases(List.of(attemptId)).get(attemptId));
    }

    /** Releases once: a second release of the same answer fails on its primary key. */
    void insertRelease(Release r) {
        jdbc.sql("insert into free_text_release (attempt_id, score, ratings, safety_flagged, comment,"
                        + " released_by, released_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.attemptId(),
                        r.score(),
                        JSON.writeValueAsString(r.ratings()),
                        r.safetyFlagged(),
                        r.comment(),
                        r.releasedBy(),
                        utc(r.releasedAt()))
                .update();
    }

    void updateRelease(Release r) {
        jdbc.sql("update free_text_release set score = ?, ratings = ?, safety_flagged = ?, comment = ?,"
                        + " released_by = ?, released_at = ? where attempt_id = ?")
                .params(
                        r.score(),
                        JSON.writeValueAsString(r.ratings()),
                        r.safetyFlagged(),
                        r.comment(),
                        r.releasedBy(),
                        utc(r.releasedAt()),
                        r.attemptId())
                .update();
    }

    void audit(
            long attemptId,
            String actor,
            Instant at,
            AuditAction action,
            @Nullable Double oldScore,
            @Nullable Double newScore,
            @Nullable String reason) {
        jdbc.sql("insert into grade_audit (attempt_id, actor, at, action, old_score, new_score, reason)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(attemptId, actor, utc(at), action.name(), oldScore, newScore, reason)
                .update();
    }

    List<Audit> auditLog(long attemptId) {
        return jdbc.sql("select id, attempt_id, actor, at, action, old_score, new_score, reason from grade_audit"
                        + " where attempt_id = ? order by id")
                .param(attemptId)
                .query((rs, n) -> new Audit(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        instant(rs.getObject(4, OffsetDateTime.class)),
                        rs.getString(5),
                        nullableDouble(rs, 6),
                        nullableDouble(rs, 7),
                        rs.getString(8)))
                .list();
    }

    void addNotice(String username, Instant now, String messageKey, List<String> params, @Nullable String link) {
        jdbc.sql("insert into notice (username, created_at, message_key, params, link) values (?, ?, ?, ?, ?)")
                .params(username, utc(now), messageKey, JSON.writeValueAsString(params), link)
                .update();
    }

    List<Notice> notices(String username, int limit) {
        return jdbc.sql("select id, username, created_at, message_key, params, link, read_at from notice"
                        + " where username = ? order by id desc limit ?")
                .params(username, limit)
                .query((rs, n) -> new Notice(
                        rs.getLong(1),
                        rs.getString(2),
                        instant(rs.getObject(3, OffsetDateTime.class)),
                        rs.getString(4),
                        new ArrayList<>(JSON.readValue(rs.getString(5), new TypeReference<List<String>>() {})),
                        rs.getString(6),
                        nullableInstant(rs.getObject(7, OffsetDateTime.class))))
                .list();
    }

    int unread(String username) {
        return jdbc.sql("select count(*) from notice where username = ? and read_at is null")
                .param(username)
                .query(Integer.class)
                .single();
    }

    /** Marks one of the user's notices read (someone else's id changes nothing). */
    void markRead(String username, long id, Instant now) {
        jdbc.sql("update notice set read_at = ? where id = ? and username = ? and read_at is null")
                .params(utc(now), id, username)
                .update();
    }

    void markAllRead(String username, Instant now) {
        jdbc.sql("update notice set read_at = ? where username = ? and read_at is null")
                .params(utc(now), username)
                .update();
    }

    void deleteNotices(String username) {
        jdbc.sql("delete from notice where username = ?").param(username).update();
    }

    private static @Nullable Double nullableDouble(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column) == null ? null : rs.getDouble(column);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant();
    }

    private static @Nullable Instant nullableInstant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
