package org.alliance.web.persistence;

import static org.alliance.web.TestUsers.signIn;
import static org.alliance.web.catalog.CourseZips.renamed;
import static org.alliance.web.catalog.CourseZips.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CoursePortability;
import org.alliance.web.catalog.ImportResult;
import org.alliance.web.grading.Grading;
import org.alliance.web.grading.GradingStatus;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The app keeps accepting writes after its pool retires the connection that ran the Flyway migrations, as
 * Hikari does to every connection after {@code maxLifetime} (30 minutes). With H2 2.4.240 every insert or
 * update on a table with a {@code CHECK (col IN (...))} constraint failed from then on: registration
 * (account role), import (offering mode) and ratings (rating kind).
 */
@AllianceTest
class RetiredConnectionsTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String FREE_TEXT_VIGNETTE = "v3-reflect-the-feeling";
    private static final String PASSWORD = "a long walk by the river";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    CoursePortability portability;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    Grading grading;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void registering_importing_rating_and_changing_a_password_work_after_every_connection_is_retired()
            throws SQLException {
        retireEveryPooledConnection();

        var registered = accounts.register("Retired Pool", "retired-pool-student", PASSWORD);
        assertThat(registered.username()).isEqualTo("retired-pool-student");

        signIn("retired-pool-student", "STUDENT");
        accounts.changeOwnPassword(PASSWORD, "another long walk by the sea", null);
        assertThat(accounts.findForLogin("retired-pool-student")).isPresent();

        catalog.enrol(COURSE, null);
        String answer = vignettes.start(COURSE, FREE_TEXT_VIGNETTE);
        vignettes.submitText(
                answer,
                "You sound relieved, and something else is there too?",
                Map.of("d1-empathic-accuracy", 5, "d2-warmth", 5, "d6-timing", 4));

        signIn("instructor", "INSTRUCTOR");
        grading.rate(
                COURSE,
                answer,
                Map.of("d1-empathic-accuracy", 4, "d2-warmth", 3, "d6-timing", 5),
                false,
                "Warm and tentative.");
        assertThat(grading.sheet(COURSE, answer).orElseThrow().status()).isEqualTo(GradingStatus.AWAITING_SECOND_RATER);

        var imported =
                portability.importZip(zip("retired-pool-course", renamed("here-and-now", "retired-pool-course")));
        assertThat(imported).isInstanceOf(ImportResult.Published.class);
        assertThat(jdbc.sql("select enrolment_mode from offering where course_id = ?")
                        .param("retired-pool-course")
                        .query(String.class)
                        .single())
                .isEqualTo("OPEN");
    }

    /**
     * What Hikari does when {@code maxLifetime} passes, for every connection at once: the idle ones are closed
     * now, the busy ones when returned. Waits until H2 has really ended the sessions the pool held, among them
     * the one Flyway migrated with, since the pool closes them on a background thread.
     */
    private void retireEveryPooledConnection() throws SQLException {
        List<Integer> before = sessionIds();
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        await().atMost(Duration.ofSeconds(30)).until(() -> sessionIds().stream().noneMatch(before::contains));
    }

    private List<Integer> sessionIds() {
        return jdbc.sql("select session_id from information_schema.sessions")
                .query(Integer.class)
                .list();
    }
}
