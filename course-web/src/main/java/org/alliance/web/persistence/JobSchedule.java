package org.alliance.web.persistence;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Schedules every {@link Job} on this instance once the app is ready (start-up seeding done), first after
 * {@code alliance.jobs.initial-delay}, then {@link Job#every()} after each round ended. Off with
 * {@code alliance.jobs.enabled=false} (as in the tests, which call the jobs directly); {@link JobRunner} makes the
 * rounds of all instances run once between them. {@code @EnableScheduling} brings Spring Boot's task scheduler.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty("alliance.jobs.enabled")
class JobSchedule {
    private final List<Job> jobs;
    private final JobRunner runner;
    private final JobsProperties properties;
    private final TaskScheduler scheduler;

    JobSchedule(List<Job> jobs, JobRunner runner, JobsProperties properties, TaskScheduler scheduler) {
        this.jobs = jobs;
        this.runner = runner;
        this.properties = properties;
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        // The scheduler's own clock: the app's Clock bean may be a test's, which does not move by itself.
        var firstAt = Clock.systemUTC().instant().plus(properties.initialDelay());
        for (Job job : jobs) {
            scheduler.scheduleWithFixedDelay(() -> runner.runRound(job), firstAt, job.every());
        }
    }
}
