package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.alliance.web.persistence.TestPostgres;

/**
 * What a process-level test needs from the machine: skipped with the reason where it is missing, failed instead
 * when {@code ALLIANCE_REQUIRE_POSTGRES=true} (CI), so that a CI run cannot pass by skipping them.
 */
final class Requires {
    private Requires() {}

    static void postgres() {
        boolean ready = TestPostgres.reachable();
        need(
                ready,
                ready
                        ? ""
                        : "PostgreSQL is not reachable (" + TestPostgres.unreachableReason()
                                + "): run deploy/postgres-for-tests.sh");
    }

    static void haproxy() {
        need(LoadBalancer.installed(), "HAProxy is not installed: apt-get install haproxy");
    }

    private static void need(boolean ready, String why) {
        if (TestPostgres.required()) {
            assertThat(ready).as(why).isTrue();
        }
        assumeTrue(ready, why);
    }
}
