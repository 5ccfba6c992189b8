package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Nothing shown as saved is lost when the process dies. The production jar runs as its own process; a student
 * answers a quiz and an instructor rates free-text answers, each in real Chromium, and at a random moment the
 * process gets {@code kill -9}. After a restart on the same database, every answer that had shown "Saved." and
 * every rating that had shown "Rated once" is there. One run per database in the normal build; the reliability
 * profile sets {@code alliance.crash.runs} (see CONTRIBUTING.md). The seed is printed; {@code alliance.crash.seed}
 * repeats a run's timing.
 */
class CrashIT {
    private static final int RUNS = Integer.getInteger("alliance.crash.runs", 1);
    private static final long SEED = Long.getLong("alliance.crash.seed", System.nanoTime());
    /** The kill comes up to this long after the first confirmed answer and rating, while more are under way. */
    private static final int MAX_KILL_DELAY_MS = 1_000;

    @Test
    void after_kill_nine_on_h2_every_answer_and_rating_shown_as_saved_is_there() {
        kills("h2", CrashDatabase::h2, new Random(SEED));
    }

    @Test
    void after_kill_nine_on_postgres_every_answer_and_rating_shown_as_saved_is_there() {
        Requires.postgres();
        kills("pg", CrashDatabase::postgres, new Random(SEED + 1));
    }

    private static void kills(String name, Supplier<CrashDatabase> fresh, Random random) {
        System.out.println("CrashIT seed " + SEED + " (repeat with -Dalliance.crash.seed=" + SEED + ")");
        var totals = new CrashRun.Tally();
        for (int run = 1; run <= RUNS; run++) {
            totals = totals.plus(
                    new CrashRun(fresh.get(), name + "-kill-" + run, random.nextInt(MAX_KILL_DELAY_MS)).kill());
        }
        System.out.println("CrashIT " + name + " kill -9: " + totals);
        assertThat(totals.lost()).isZero();
    }

    @Test
    void after_a_graceful_stop_on_h2_every_answer_and_rating_is_there() {
        var tally = new CrashRun(CrashDatabase.h2(), "h2-stop", 1_000).stop();
        System.out.println("CrashIT h2 graceful stop: " + tally);
        assertThat(tally.lost()).isZero();
    }
}
