package org.alliance.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one way a failure reaches the user and the log: what was not done, why in plain words, "try again", and an
 * id to quote; the cause is logged at ERROR under the same id. Both {@link Actions} (a named user action) and
 * {@link UnexpectedErrorHandler} (anything else a listener throws) report through here, so every failure reads alike.
 */
final class FailureReports {
    private static final Logger LOG = LoggerFactory.getLogger(FailureReports.class);
    /** What the user is told was not done when no view named the action. */
    static final String UNNAMED_ACTION = "failure.unnamed";
    /** Without look-alike characters (no 0/O, 1/I/L), so an id read out over the phone is copied right. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    private FailureReports() {}

    /** Logs the cause under a new id and returns what to tell the user; shows nothing. */
    static Failure logged(String actionKey, Throwable cause) {
        String id = newId();
        LOG.error("Error {}: {} (user {}, page /{})", id, actionKey, user(), page(), cause);
        return new Failure(id, translate("failure.message", translate(actionKey), translate(why(cause)), id));
    }

    /** Logs the cause under a new id and tells the user in a notification that stays until they close it. */
    static Failure notifyUser(String actionKey, Throwable cause) {
        Failure failure = logged(actionKey, cause);
        if (UI.getCurrent() != null) {
            show(failure);
        }
        return failure;
    }

    private static void show(Failure failure) {
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("failure-notification");
        // No time-out: the user may need to copy the id; screen readers hear it at once.
        notification.setDuration(0);
        notification.setAssertive(true);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.getElement().setAttribute("data-error-id", failure.id());
        var text = new Span(failure.message());
        text.addClassName("failure-message");
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(translate("failure.close"));
        var content = new HorizontalLayout(text, close);
        content.setAlignItems(FlexComponent.Alignment.START);
        notification.add(content);
        notification.open();
    }

    /** The reason in words a student or instructor understands; the details stay in the log. */
    private static String why(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingFailureException) {
                return "failure.why.changed-meanwhile";
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException) {
                return "failure.why.database-unavailable";
            }
            if (t instanceof DataIntegrityViolationException) {
                return "failure.why.database-refused";
            }
            if (t instanceof DataAccessException) {
                return "failure.why.database";
            }
            if (t instanceof AccessDeniedException || t instanceof AuthenticationException) {
                return "failure.why.not-allowed";
            }
        }
        // A feature's own exception names a message key (the views catch them at their fields; one that slips
        // through still says its own reason).
        String message = cause.getMessage();
        if (message != null
                && MESSAGE_KEY.matcher(message).matches()
                && !translate(message).startsWith("!")) {
            return message;
        }
        return "failure.why.unexpected";
    }

    private static String translate(String key, Object... params) {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getTranslation(key, params) : I18NProvider.translate(Locale.ENGLISH, key, params);
    }

    private static String newId() {
        var id = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                id.append('-');
            }
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    private static String user() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }

    private static @Nullable String page() {
        UI ui = UI.getCurrent();
        return ui == null ? null : ui.getInternals().getActiveViewLocation().getPath();
    }
}
