package org.alliance.web.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Test fixture: the lines written to the security log ({@code org.alliance.security}) while it is open. */
public final class SecurityLogCapture implements AutoCloseable {
    private final Logger logger = (Logger) LoggerFactory.getLogger("org.alliance.security");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public SecurityLogCapture() {
        appender.start();
        logger.addAppender(appender);
    }

    /** Each line as written (level, then the message with its arguments filled in), in order. */
    public List<String> lines() {
        synchronized (appender.list) {
            return appender.list.stream()
                    .map(e -> e.getLevel() + " " + e.getFormattedMessage())
                    .toList();
        }
    }

    /** The lines that mention this text (a test's own account name or address). */
    public List<String> linesWith(String text) {
        return lines().stream().filter(line -> line.contains(text)).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
