package org.alliance.web.persistence;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code app_lock}; locking one holds its name until the transaction ends. */
@Repository
class NamedLockStore {
    private final JdbcClient jdbc;

    NamedLockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the name's row if missing; a concurrent insert of the same name is as good as ours. */
    void ensure(String name) {
        try {
            jdbc.sql("insert into app_lock (name) select ? where not exists (select 1 from app_lock where name = ?)")
                    .params(name, name)
                    .update();
        } catch (DuplicateKeyException another) {
            // Another instance added it between our check and insert.
        }
    }

    /** Locks the name's row, waiting while another transaction holds it. */
    void lock(String name) {
        jdbc.sql("select name from app_lock where name = ? for update")
                .param(name)
                .query(String.class)
                .single();
    }

    /** Locks the name's row unless another transaction holds it; true when this one has it now. */
    boolean tryLock(String name) {
        return jdbc.sql("select name from app_lock where name = ? for update skip locked")
                .param(name)
                .query(String.class)
                .optional()
                .isPresent();
    }
}
