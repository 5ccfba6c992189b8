package org.alliance.web.persistence;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Schedules every {@link Job} on this instance, each {@link Job#every()} after its last round ended, first after
 * {@code alliance.jobs.initial-delay}. Off with {@code alliance.jobs.enabled=false} (as in the tests, which call
 * the jobs directly); {@link JobRunner} makes the rounds of all instances run once between them.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty("alliance.jobs.enabled")
class JobSchedule implements SchedulingConfigurer {
    private final List<Job> jobs;
    private final JobRunner runner;
    private final JobsProperties properties;

    JobSchedule(List<Job> jobs, JobRunner runner, JobsProperties properties) {
        this.jobs = jobs;
        this.runner = runner;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        for (Job job : jobs) {
            registrar.addFixedDelayTask(
                    new FixedDelayTask(() -> runner.runRound(job), job.every(), properties.initialDelay()));
        }
    }
}
