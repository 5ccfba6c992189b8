package org.alliance.web.lti;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import org.alliance.web.lti.GradeOutboxStore.Pending;
import org.alliance.web.persistence.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Assignment and Grade Services, second half: sends queued grades to their line items ({@code POST
 * <lineitem>/scores}), once across instances (a {@link Job}); a failure is kept with its error and tried again
 * later, waiting twice as long each time up to six hours, so no grade is lost while an LMS is down.
 */
@Component
class GradeSender implements Job {
    static final int BATCH = 100;
    static final MediaType SCORE = MediaType.parseMediaType("application/vnd.ims.lis.v1.score+json");
    private static final Logger log = LoggerFactory.getLogger(GradeSender.class);

    private final GradeOutboxStore outbox;
    private final PlatformStore platforms;
    private final ServiceTokens tokens;
    private final Clock clock;
    private final RestClient http = RestClient.create();

    GradeSender(GradeOutboxStore outbox, PlatformStore platforms, ServiceTokens tokens, Clock clock) {
        this.outbox = outbox;
        this.platforms = platforms;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "lti-grades";
    }

    @Override
    public Duration every() {
        return Duration.ofSeconds(30);
    }

    @Override
    public String run() {
        int sent = 0;
        int failed = 0;
        for (var grade : outbox.due(clock.instant(), BATCH)) {
            try {
                send(grade);
                outbox.sent(grade.id(), clock.instant());
                sent++;
            } catch (RuntimeException e) {
                failed++;
                var wait = Duration.ofMinutes(1L << Math.min(grade.tries(), 9));
                if (wait.compareTo(Duration.ofHours(6)) > 0) {
                    wait = Duration.ofHours(6);
                }
                outbox.failed(grade.id(), reason(e), clock.instant().plus(wait));
                log.warn(
                        "Grade for {} not sent to {} (try {}): {}",
                        grade.username(),
                        grade.lineItemUrl(),
                        grade.tries() + 1,
                        e.getMessage());
            }
        }
        return sent + " grades sent, " + failed + " failed";
    }

    /**
     * What teachers read on the course's LMS page: an HTTP client's message already says what happened and where ("503
     * Service Unavailable on POST request for …/token", "I/O error … Connection refused"); anything else keeps its
     * type, which is the clue.
     */
    static String reason(RuntimeException e) {
        // A failed token request arrives wrapped in Spring Security's exception; the HTTP answer is in its causes.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RestClientException) {
                return String.valueOf(t.getMessage());
            }
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private void send(Pending grade) {
        var platform = platforms
                .byId(grade.platformId())
                .orElseThrow(() -> new IllegalStateException("platform " + grade.platformId() + " removed"));
        var body = new LinkedHashMap<String, Object>();
        body.put("userId", grade.sub());
        if (grade.scoreGiven() != null) {
            body.put("scoreGiven", grade.scoreGiven());
            body.put("scoreMaximum", grade.scoreMaximum());
        }
        body.put("activityProgress", grade.activityProgress());
        body.put("gradingProgress", grade.gradingProgress());
        body.put("timestamp", grade.createdAt().toString());
        try {
            http.post()
                    .uri(scoresUrl(grade.lineItemUrl()))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.token(platform, ServiceTokens.SCORE))
                    .contentType(SCORE)
                    .body(body)
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientException e) {
            tokens.forget(platform);
            throw e;
        }
    }

    /** {@code <lineitem>/scores}, keeping the line item's query string after the path (AGS 2.0, 3.4). */
    static String scoresUrl(String lineItem) {
        var uri = UriComponentsBuilder.fromUriString(lineItem).build();
        return UriComponentsBuilder.fromUriString(lineItem)
                .replacePath(uri.getPath() + "/scores")
                .build()
                .toUriString();
    }
}
