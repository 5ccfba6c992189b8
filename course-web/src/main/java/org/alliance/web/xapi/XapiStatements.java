package org.alliance.web.xapi;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.alliance.web.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's view of the xAPI outbox: the statements of a date range as JSON, and how sending goes. */
@Service
public class XapiStatements {
    /** The longest range one export covers, so one download stays a reasonable size. */
    static final int MAX_DAYS = 366;

    private final XapiStore store;
    private final XapiProperties properties;
    private final CurrentUser currentUser;

    XapiStatements(XapiStore store, XapiProperties properties, CurrentUser currentUser) {
        this.store = store;
        this.properties = properties;
        this.currentUser = currentUser;
    }

    /**
     * How sending goes: statements stored, sent, waiting to be sent, set aside as failing (with the latest
     * failure's answer), and whether an LRS is configured at all.
     */
    public record Status(
            long stored, long sent, long waiting, long failing, boolean lrsConfigured, Optional<String> lastFailure) {}

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Status status() {
        requireAdmin();
        var counts = store.counts();
        return new Status(
                counts.stored(),
                counts.sent(),
                counts.waiting(),
                counts.failing(),
                properties.lrs().configured(),
                store.lastFailure());
    }

    /**
     * The statements stored from the start of {@code from} to the end of {@code to} (UTC days), as one JSON
     * array in the order they were stored, voided and voiding statements included.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public String export(LocalDate from, LocalDate to) {
        requireAdmin();
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("xapi.export.range");
        }
        var rows = store.storedBetween(
                from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        return "["
                + String.join(",\n", rows.stream().map(XapiStore.Stored::body).toList()) + "]";
    }

    private void requireAdmin() {
        if (!currentUser.hasRole("ADMIN")) {
            throw new AccessDeniedException("admins only");
        }
    }
}
