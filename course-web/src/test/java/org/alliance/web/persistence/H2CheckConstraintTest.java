package org.alliance.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The H2 regression behind "Save rating does nothing after half an hour", reduced to plain JDBC: in H2 2.4.240
 * a {@code CHECK (col IN (...))} constraint keeps the session that created it, so once that connection is
 * closed every later insert on the table fails with "Check constraint invalid ... The database has been
 * closed [90098]" (h2database issues #4302, #4308, #4320, #4342). No Spring, no pool: just the driver the
 * build brings, which must not have the bug.
 */
class H2CheckConstraintTest {

    // The first connection keeps the in-memory database open while the others come and go; closing it ends it.

    @Test
    void an_in_list_check_created_on_a_closed_connection_still_accepts_valid_rows_on_another() throws SQLException {
        String url = "jdbc:h2:mem:check-" + UUID.randomUUID() + "";
        try (Connection keepOpen = DriverManager.getConnection(url, "sa", "")) {
            try (Connection creator = DriverManager.getConnection(url, "sa", "");
                    var create = creator.createStatement()) {
                create.execute("create table offering (id int primary key, mode varchar(20) not null,"
                        + " constraint offering_mode_known check (mode in ('OPEN', 'KEY', 'INSTRUCTOR')))");
            }
            try (Connection writer = DriverManager.getConnection(url, "sa", "");
                    var insert = writer.prepareStatement("insert into offering (id, mode) values (?, ?)")) {
                insert.setInt(1, 1);
                insert.setString(2, "OPEN");
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            try (var count = keepOpen.createStatement().executeQuery("select count(*) from offering")) {
                count.next();
                assertThat(count.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void the_check_still_refuses_a_value_outside_its_list() throws SQLException {
        String url = "jdbc:h2:mem:check-" + UUID.randomUUID() + "";
        try (Connection keepOpen = DriverManager.getConnection(url, "sa", "")) {
            try (var create = keepOpen.createStatement()) {
                create.execute("create table offering (id int primary key, mode varchar(20) not null,"
                        + " constraint offering_mode_known check (mode in ('OPEN', 'KEY', 'INSTRUCTOR')))");
            }
            try (Connection writer = DriverManager.getConnection(url, "sa", "");
                    var insert = writer.prepareStatement("insert into offering (id, mode) values (1, 'CLOSED')")) {
                assertThatThrownBy(insert::executeUpdate)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("OFFERING_MODE_KNOWN");
            }
        }
    }
}
