package org.alliance.web.lti;

import java.time.Duration;
import org.alliance.web.persistence.Job;
import org.springframework.stereotype.Component;

/** Rotates the tool's signing key on schedule (ToolKeys says when a step is due), once across instances. */
@Component
class KeyRotationJob implements Job {
    private final ToolKeys keys;

    KeyRotationJob(ToolKeys keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "lti-key-rotation";
    }

    @Override
    public Duration every() {
        return Duration.ofHours(1);
    }

    @Override
    public String run() {
        return keys.rotate(false);
    }
}
