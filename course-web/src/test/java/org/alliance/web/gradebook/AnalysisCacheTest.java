package org.alliance.web.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliance.web.gradebook.Analysis.Report;
import org.alliance.web.gradebook.AnalysisCache.Key;
import org.junit.jupiter.api.Test;

class AnalysisCacheTest {
    private static final Report REPORT =
            new Report(List.of(), List.of(), new Analysis.Freshness(java.time.Instant.EPOCH, false));

    @Test
    void a_report_is_served_only_under_the_state_it_was_computed_from() {
        var cache = new AnalysisCache(2);
        cache.put("c1", new Key(1, "3:10", "0:0"), REPORT);

        assertThat(cache.get("c1", new Key(1, "3:10", "0:0"))).containsSame(REPORT);
        assertThat(cache.get("c1", new Key(1, "4:11", "0:0")))
                .as("a new submission")
                .isEmpty();
        assertThat(cache.get("c1", new Key(1, "3:10", "1:5")))
                .as("a vignette finished")
                .isEmpty();
        assertThat(cache.get("c1", new Key(2, "3:10", "0:0")))
                .as("a new version")
                .isEmpty();
        assertThat(cache.get("c2", new Key(1, "3:10", "0:0")))
                .as("another course")
                .isEmpty();
    }

    @Test
    void only_the_most_recently_used_courses_are_kept() {
        var cache = new AnalysisCache(2);
        var key = new Key(1, "1:1", "0:0");
        cache.put("c1", key, REPORT);
        cache.put("c2", key, REPORT);
        cache.get("c1", key);
        cache.put("c3", key, REPORT);

        assertThat(cache.get("c1", key)).isPresent();
        assertThat(cache.get("c2", key)).isEmpty();
        assertThat(cache.get("c3", key)).isPresent();
    }
}
