package org.alliance.web.shell.idle.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.ElementUtil;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.alliance.web.shell.idle.IdlePolicy;
import org.alliance.web.shell.idle.IdlePolicy.Active;
import org.alliance.web.shell.idle.IdlePolicy.Expired;
import org.alliance.web.shell.idle.IdlePolicy.Warn;
import org.jspecify.annotations.Nullable;

/**
 * Signs an idle session out, with a warning first. A small script notes key presses and pointer use and wakes
 * the server only when the server says something is due (the warning, then the end), reporting how long ago the
 * user last did something; the server keeps its own record of real interaction (page changes, "Stay signed in",
 * those reports) and decides by {@link IdlePolicy}. Without the script, the servlet session timeout and Vaadin's
 * closeIdleSessions still end the session.
 */
public final class IdleGuard extends Div {
    /** A check is never scheduled sooner than this, so a clock skew cannot make the browser spin. */
    private static final Duration MIN_DELAY = Duration.ofSeconds(1);
    /** A little after the moment, so the check does not arrive just before it. */
    private static final Duration SLACK = Duration.ofMillis(300);

    private final IdlePolicy policy;
    private final Clock clock;
    private final Runnable signOut;
    private final LastActivity activity;

    @Nullable
    ConfirmDialog warning;

    private boolean ended;

    public IdleGuard(IdlePolicy policy, Clock clock, Runnable signOut) {
        this.policy = policy;
        this.clock = clock;
        this.signOut = signOut;
        this.activity = LastActivity.of(VaadinSession.getCurrent(), clock.instant());
        setId("idle-guard");
        getElement().setAttribute("hidden", true);
        // The warning is modal, which makes the rest of the page inert and the server ignore its calls: the guard
        // must still be heard while the warning is open, or the session would never end.
        ElementUtil.setIgnoreParentInert(getElement(), true);
    }

    /** A real interaction the server saw itself (a page change). */
    public void touch() {
        activity.record(clock.instant());
        decide();
    }

    /** The browser's wake-up: {@code millisSinceInput} since the user's last key or pointer use, or -1. */
    @ClientCallable
    void check(double millisSinceInput) {
        Instant now = clock.instant();
        activity.record(IdlePolicy.later(activity.at(), now, (long) Math.min(millisSinceInput, Long.MAX_VALUE)));
        decide();
    }

    /** What "Stay signed in" does. */
    void stay() {
        activity.record(clock.instant());
        decide();
    }

    /** Applies the policy now: closes or opens the warning, schedules the next check, or signs out. */
    void decide() {
        if (ended) {
            return;
        }
        switch (policy.decide(activity.at(), clock.instant())) {
            case Active a -> {
                closeWarning();
                schedule(a.untilWarning());
            }
            case Warn w -> {
                openWarning(w.untilEnd());
                schedule(w.untilEnd());
            }
            case Expired e -> end();
        }
    }

    boolean ended() {
        return ended;
    }

    private void end() {
        ended = true;
        closeWarning();
        signOut.run();
    }

    private void openWarning(Duration untilEnd) {
        if (warning != null && warning.isOpened()) {
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setId("idle-warning");
        dialog.setHeader(getTranslation("idle.warning.title"));
        dialog.setText(
                untilEnd.toSeconds() >= 120
                        ? getTranslation("idle.warning.text-minutes", Math.round(untilEnd.toSeconds() / 60.0))
                        : getTranslation("idle.warning.text", Math.max(1, untilEnd.toSeconds())));
        dialog.setConfirmText(getTranslation("idle.stay"));
        dialog.addConfirmListener(e -> stay());
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("idle.sign-out"));
        dialog.addRejectListener(e -> end());
        // Escape closes it in the browser: a sign of life, which the next check reports and which keeps the session.
        warning = dialog;
        dialog.open();
        // Focus on the safe choice, after the dialog's own focus handling, so Enter or Space keeps the session.
        dialog.getElement()
                .executeJs("setTimeout(() => { const b = this.querySelector('[slot=confirm-button]');"
                        + " if (b) { b.focus(); } }, 100);");
    }

    private void closeWarning() {
        if (warning != null) {
            warning.close();
            warning = null;
        }
    }

    private void schedule(Duration delay) {
        Duration wait = delay.plus(SLACK);
        long millis = Math.max(MIN_DELAY.toMillis(), wait.toMillis());
        getElement().executeJs("if (this.__idleSchedule) { this.__idleSchedule($0); }", millis);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Input is noted in the page only; the server hears of it at the next check, never per key press.
        getElement().executeJs("""
                        const guard = this;
                        if (!window.__allianceIdleInput) {
                          window.__allianceIdleInput = { last: -1 };
                          const note = () => { window.__allianceIdleInput.last = Date.now(); };
                          for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart']) {
                            document.addEventListener(type, note, { capture: true, passive: true });
                          }
                        }
                        guard.__idleSchedule = (millis) => {
                          clearTimeout(guard.__idleTimer);
                          guard.__idleTimer = setTimeout(() => {
                            const input = window.__allianceIdleInput;
                            const since = input.last < 0 ? -1 : Math.max(0, Date.now() - input.last);
                            input.last = -1;
                            guard.$server.check(since);
                          }, millis);
                        };
                        """);
        touch();
    }
}
