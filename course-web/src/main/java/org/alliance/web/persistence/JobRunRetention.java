package org.alliance.web.persistence;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Run records are for an operator's look at recent rounds: kept {@code alliance.jobs.keep-runs-for}. */
@Component
class JobRunRetention implements Retention {
    private final JobRunStore runs;
    private final JobsProperties properties;

    JobRunRetention(JobRunStore runs, JobsProperties properties) {
        this.runs = runs;
        this.properties = properties;
    }

    @Override
    public String what() {
        return "job runs";
    }

    @Override
    public int purge(Instant now) {
        return runs.deleteStartedBefore(now.minus(properties.keepRunsFor()));
    }
}
