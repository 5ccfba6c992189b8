package org.alliance.web.lti;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the tool's signing keys (JWK JSON). Private to the lti feature. */
@Repository
class ToolKeyStore {
    enum Status {
        NEXT,
        ACTIVE,
        RETIRED
    }

    record StoredKey(String kid, String privateJwk, String publicJwk, Status status, Instant createdAt) {}

    private final JdbcClient jdbc;

    ToolKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredKey> withStatus(Status status) {
        return jdbc
                .sql("select kid, private_key, public_jwk, status, created_at from lti_tool_key where status = ?"
                        + " order by created_at desc")
                .param(status.name())
                .query((rs, n) -> new StoredKey(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        Status.valueOf(rs.getString(4)),
                        rs.getObject(5, java.time.OffsetDateTime.class).toInstant()))
                .list()
                .stream()
                .findFirst();
    }

    /** The public halves of every key that may be in use: the next, the active and the recently retired. */
    List<String> publishedJwks() {
        return jdbc.sql("select public_jwk from lti_tool_key order by created_at")
                .query(String.class)
                .list();
    }

    void insert(String kid, String privateJwk, String publicJwk, Status status, Instant now) {
        jdbc.sql("insert into lti_tool_key (kid, private_key, public_jwk, status, created_at) values (?, ?, ?, ?, ?)")
                .params(kid, privateJwk, publicJwk, status.name(), PlatformStore.utc(now))
                .update();
    }

    void setStatus(String kid, Status status, Instant now) {
        jdbc.sql("update lti_tool_key set status = ?, retired_at = ? where kid = ?")
                .params(status.name(), status == Status.RETIRED ? PlatformStore.utc(now) : null, kid)
                .update();
    }

    int deleteRetiredBefore(Instant before) {
        return jdbc.sql("delete from lti_tool_key where status = 'RETIRED' and retired_at < ?")
                .param(PlatformStore.utc(before))
                .update();
    }
}
