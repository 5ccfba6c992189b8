package org.alliance.web.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Spring test that runs on H2 in the ordinary test run and again on PostgreSQL in the {@code postgres} and
 * {@code postgres-browser} executions of course-web's pom, which select this tag and set
 * {@code alliance.test.database=postgres}. There the app runs in the {@code postgres} profile on a database made
 * fresh for that run; without a reachable PostgreSQL the test is skipped with the reason, or fails when
 * {@code ALLIANCE_REQUIRE_POSTGRES=true} (as in CI).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(AlsoOnPostgres.TAG)
@ExtendWith(OnTestDatabase.class)
public @interface AlsoOnPostgres {
    String TAG = "postgres";
}
