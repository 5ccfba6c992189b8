package org.alliance.web.persistence;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Hourly: every {@link Retention} deletes what it keeps no longer. */
@Component
class PurgeJob implements Job {
    private final List<Retention> retentions;
    private final Clock clock;

    PurgeJob(List<Retention> retentions, Clock clock) {
        this.retentions = retentions;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "purge";
    }

    @Override
    public Duration every() {
        return Duration.ofHours(1);
    }

    @Override
    public String run() {
        var now = clock.instant();
        return retentions.stream()
                .map(r -> r.what() + " " + r.purge(now))
                .collect(Collectors.joining(", ", "deleted: ", ""));
    }
}
