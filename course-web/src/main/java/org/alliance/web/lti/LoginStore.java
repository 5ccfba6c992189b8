package org.alliance.web.lti;

import java.time.Instant;
import java.util.Optional;
import org.alliance.web.persistence.Retention;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for OIDC login states and used nonces. Private to the lti feature. */
@Repository
class LoginStore implements Retention {
    record Login(String state, String nonce, long platformId, Instant expiresAt) {}

    private final JdbcClient jdbc;

    LoginStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Login login) {
        jdbc.sql("insert into lti_login (state, nonce, platform_id, expires_at) values (?, ?, ?, ?)")
                .params(login.state(), login.nonce(), login.platformId(), PlatformStore.utc(login.expiresAt()))
                .update();
    }

    /** The login of this state, removed as it is read: a state serves one launch. */
    Optional<Login> take(String state) {
        var login = jdbc.sql("select state, nonce, platform_id, expires_at from lti_login where state = ?")
                .param(state)
                .query((rs, n) -> new Login(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant()))
                .optional();
        // Only the transaction whose delete removed the row may use it: two instances racing see one win.
        if (login.isPresent()
                && jdbc.sql("delete from lti_login where state = ?")
                                .param(state)
                                .update()
                        == 0) {
            return Optional.empty();
        }
        return login;
    }

    /** Records a nonce as used; false when it was used before (a replayed token). */
    boolean useNonce(long platformId, String nonce, Instant keepUntil) {
        try {
            jdbc.sql("insert into lti_nonce (platform_id, nonce, expires_at) values (?, ?, ?)")
                    .params(platformId, nonce, PlatformStore.utc(keepUntil))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    boolean nonceUsed(long platformId, String nonce) {
        return jdbc.sql("select count(*) from lti_nonce where platform_id = ? and nonce = ?")
                        .params(platformId, nonce)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Override
    public String what() {
        return "LTI login states and used nonces past their expiry";
    }

    @Override
    public int purge(Instant now) {
        var at = PlatformStore.utc(now);
        return jdbc.sql("delete from lti_login where expires_at < ?").param(at).update()
                + jdbc.sql("delete from lti_nonce where expires_at < ?")
                        .param(at)
                        .update();
    }
}
