package org.alliance.web.lti;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for registered platforms and their deployments. Private to the lti feature. */
@Repository
class PlatformStore {
    private static final String COLUMNS = "id, name, issuer, client_id, auth_url, token_url, jwks_url, iframe";

    private final JdbcClient jdbc;

    PlatformStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Platform> all() {
        return withDeployments(jdbc.sql("select " + COLUMNS + " from lti_platform order by name, id")
                .query(PlatformStore::platform)
                .list());
    }

    Optional<Platform> byId(long id) {
        return withDeployments(jdbc.sql("select " + COLUMNS + " from lti_platform where id = ?")
                        .param(id)
                        .query(PlatformStore::platform)
                        .list())
                .stream()
                .findFirst();
    }

    /** The platforms with this issuer: usually one; more when one LMS registered Alliance twice. */
    List<Platform> byIssuer(String issuer) {
        return withDeployments(jdbc.sql("select " + COLUMNS + " from lti_platform where issuer = ? order by id")
                .param(issuer)
                .query(PlatformStore::platform)
                .list());
    }

    long insert(Platform p, Instant now) {
        jdbc.sql("insert into lti_platform (name, issuer, client_id, auth_url, token_url, jwks_url, iframe, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        p.name(),
                        p.issuer(),
                        p.clientId(),
                        p.authUrl(),
                        p.tokenUrl(),
                        p.jwksUrl(),
                        p.iframe(),
                        utc(now))
                .update();
        long id = jdbc.sql("select id from lti_platform where issuer = ? and client_id = ?")
                .params(p.issuer(), p.clientId())
                .query(Long.class)
                .single();
        replaceDeployments(id, p.deploymentIds());
        return id;
    }

    void update(Platform p) {
        jdbc.sql("update lti_platform set name = ?, issuer = ?, client_id = ?, auth_url = ?, token_url = ?,"
                        + " jwks_url = ?, iframe = ? where id = ?")
                .params(
                        p.name(),
                        p.issuer(),
                        p.clientId(),
                        p.authUrl(),
                        p.tokenUrl(),
                        p.jwksUrl(),
                        p.iframe(),
                        p.requireId())
                .update();
        replaceDeployments(p.requireId(), p.deploymentIds());
    }

    boolean exists(String issuer, String clientId, long exceptId) {
        return jdbc.sql("select count(*) from lti_platform where issuer = ? and client_id = ? and id <> ?")
                        .params(issuer, clientId, exceptId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void delete(long id) {
        // Grades not sent yet, links and logins go with it (on delete cascade); accounts and their work stay.
        jdbc.sql("delete from lti_platform where id = ?").param(id).update();
    }

    private void replaceDeployments(long platformId, List<String> deploymentIds) {
        jdbc.sql("delete from lti_deployment where platform_id = ?")
                .param(platformId)
                .update();
        for (String deployment : deploymentIds) {
            jdbc.sql("insert into lti_deployment (platform_id, deployment_id) values (?, ?)")
                    .params(platformId, deployment)
                    .update();
        }
    }

    /** The platforms with their deployment ids, read in one query for all of them. */
    private List<Platform> withDeployments(List<Platform> platforms) {
        if (platforms.isEmpty()) {
            return platforms;
        }
        Map<Long, List<String>> deployments = new HashMap<>();
        jdbc.sql("select platform_id, deployment_id from lti_deployment where platform_id in (:ids)"
                        + " order by deployment_id")
                .param("ids", platforms.stream().map(Platform::requireId).toList())
                .query(rs -> {
                    deployments
                            .computeIfAbsent(rs.getLong("platform_id"), k -> new ArrayList<>())
                            .add(rs.getString("deployment_id"));
                });
        return platforms.stream()
                .map(p -> new Platform(
                        p.id(),
                        p.name(),
                        p.issuer(),
                        p.clientId(),
                        p.authUrl(),
                        p.tokenUrl(),
                        p.jwksUrl(),
                        p.iframe(),
                        deployments.getOrDefault(p.requireId(), List.of())))
                .toList();
    }

    /** A platform without its deployments, which {@link #withDeployments} adds. */
    private static Platform platform(ResultSet rs, int row) throws SQLException {
        return new Platform(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("issuer"),
                rs.getString("client_id"),
                rs.getString("auth_url"),
                rs.getString("token_url"),
                rs.getString("jwks_url"),
                rs.getBoolean("iframe"),
                List.of());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
