package org.alliance.web.persistence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Scheduled work: {@code enabled} switches the schedule on this instance (off in the tests, which call jobs
 * directly); {@code initialDelay} lets start-up finish first; {@code instanceId} names this instance in the
 * run records (blank: host name and process id); runs are kept {@code keepRunsFor}.
 */
@ConfigurationProperties("alliance.jobs")
public record JobsProperties(boolean enabled, Duration initialDelay, String instanceId, Duration keepRunsFor) {}
