package org.alliance.web.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code job_run}: one per round that ran. */
@Repository
class JobRunStore {
    private final JdbcClient jdbc;

    JobRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> lastStarted(String job) {
        return jdbc.sql("select max(started_at) from job_run where job = ?")
                .param(job)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
                .single()
                .map(OffsetDateTime::toInstant);
    }

    void record(JobRun run) {
        jdbc.sql("insert into job_run (job, instance_id, started_at, finished_at, outcome, detail)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        run.job(),
                        run.instanceId(),
                        utc(run.startedAt()),
                        utc(run.finishedAt()),
                        run.outcome(),
                        run.detail())
                .update();
    }

    /** The latest runs of a job, newest first. */
    List<JobRun> latest(String job, int limit) {
        return jdbc
                .sql("select job, instance_id, started_at, finished_at, outcome, detail from job_run"
                        + " where job = ? order by started_at desc, id desc")
                .param(job)
                .query((rs, n) -> new JobRun(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getString(5),
                        rs.getString(6)))
                .list()
                .stream()
                .limit(limit)
                .toList();
    }

    int deleteStartedBefore(Instant cutoff) {
        return jdbc.sql("delete from job_run where started_at < ?")
                .param(utc(cutoff))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
