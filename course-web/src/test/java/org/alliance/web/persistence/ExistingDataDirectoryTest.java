package org.alliance.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.identity.CurrentUser;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An install's data directory written by H2 2.4.240 still opens after the move to 2.5.252: the app's Flyway
 * migrations validate against its history (and would apply any newer ones), its rows read back through the
 * account service, and new rows are written. The file is a copy of {@code existing-install/h2-2.4.240} (see the
 * README there). Only the persistence half of the app starts: a second context with Vaadin and Spring Security
 * would take over the process-wide security strategy from the one every other test shares.
 */
@SpringBootTest(
        classes = ExistingDataDirectoryTest.Persistence.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class ExistingDataDirectoryTest {
    private static final Path DATA_DIR = copyOfTheOldDataDirectory();

    @Autowired
    Flyway flyway;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + DATA_DIR.resolve("alliance") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void the_migrations_the_old_install_ran_still_validate_and_none_is_left_pending() {
        flyway.validate();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied())
                .extracting(m -> m.getVersion().getVersion())
                .contains("1", "2", "8", "13");
    }

    @Test
    void rows_written_by_the_old_version_read_back_as_they_were() {
        var legacy = accounts.findForLogin("legacy-student").orElseThrow();
        assertThat(legacy.displayName()).isEqualTo("Lee Legacy");
        assertThat(legacy.role()).isEqualTo(AccountRole.STUDENT);
        assertThat(encoder.matches("alliance-student", legacy.passwordHash())).isTrue();

        assertThat(jdbc.sql("select answer from reflection_answer where username = 'legacy-student'")
                        .query(String.class)
                        .single())
                .isEqualTo("Written under H2 2.4.240: patience with a slow queue.");
        assertThat(jdbc.sql("select course_id, enrolment_mode from offering order by course_id")
                        .query()
                        .listOfRows())
                .extracting(row -> row.get("COURSE_ID") + "=" + row.get("ENROLMENT_MODE"))
                .contains("here-and-now=INSTRUCTOR", "therapeutic-relationship=OPEN");
        assertThat(jdbc.sql("select count(*) from course_version_file")
                        .query(Integer.class)
                        .single())
                .isGreaterThan(40);
    }

    @Test
    void new_rows_are_written_to_tables_with_check_constraints() {
        var registered = accounts.register("Nia New", "post-upgrade-student", "a long walk by the river");
        assertThat(accounts.findForLogin(registered.username())).isPresent();

        jdbc.sql("insert into course (id, owner_username, created_at) values ('post-upgrade', 'instructor', now())")
                .update();
        assertThat(jdbc.sql("insert into offering (course_id, enrolment_mode) values ('post-upgrade', 'KEY')")
                        .update())
                .isEqualTo(1);
        assertThat(jdbc.sql("select h2version()").query(String.class).single())
                .as("opened by a newer H2 than the one that wrote it")
                .isNotEqualTo("2.4.240");
    }

    private static Path copyOfTheOldDataDirectory() {
        try (InputStream old =
                ExistingDataDirectoryTest.class.getResourceAsStream("/existing-install/h2-2.4.240/alliance.mv.db")) {
            Path dir = Files.createTempDirectory("alliance-existing-install");
            dir.toFile().deleteOnExit();
            Files.copy(old, dir.resolve("alliance.mv.db"));
            dir.resolve("alliance.mv.db").toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The app's database, migrations and account service, and nothing of its web side. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({
        DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class,
        JdbcClientAutoConfiguration.class,
        FlywayAutoConfiguration.class,
        DataJdbcRepositoriesAutoConfiguration.class
    })
    @AutoConfigurationPackage(basePackageClasses = AccountService.class)
    @ComponentScan(
            basePackageClasses = AccountService.class,
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(
                            type = FilterType.REGEX,
                            pattern =
                                    ".*\\.account\\.(AccountService|AccountSessionStore|PasswordPolicy|OneTimePasswords)"))
    static class Persistence {
        /** Argon2id, as the app hashes (its parameters do not matter to these tests). */
        @Bean
        PasswordEncoder passwordEncoder() {
            return new DelegatingPasswordEncoder(
                    "argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
        }

        @Bean
        CurrentUser currentUser() {
            return new CurrentUser();
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
