package org.alliance.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.alliance.web.AllianceTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every Flyway migration applies, and the app starts on it, on H2 and (in the postgres execution) on
 * PostgreSQL: one set of scripts for both databases.
 */
@AllianceTest
@AlsoOnPostgres
class MigrationsTest {
    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    @Test
    void every_migration_in_the_scripts_folder_was_applied_successfully() throws IOException {
        int scripts = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
        MigrationInfo[] applied = flyway.info().applied();

        assertThat(applied).hasSize(scripts);
        assertThat(Arrays.stream(applied).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void the_app_runs_on_the_database_this_execution_is_for() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualTo(TestPostgres.selected() ? "PostgreSQL" : "H2");
        }
    }
}
