package org.alliance.web.persistence;

import java.time.Instant;

/** One round of a job as {@code job_run} keeps it; {@code outcome} is {@code done} or {@code failed}. */
public record JobRun(
        String job, String instanceId, Instant startedAt, Instant finishedAt, String outcome, String detail) {}
