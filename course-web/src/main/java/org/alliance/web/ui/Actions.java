package org.alliance.web.ui;

import java.util.Optional;

/**
 * Runs what a user asked for (a save, an upload, an enrolment) under a name that says what would not be done, so a
 * failure the view does not expect is never silent: the user reads "Your rating was not saved: the database did not
 * accept the change. Please try again..." with an error id, and the log holds the cause under that id. Views still
 * catch their feature's own refusals (a wrong password, a closed course) and show them at the field; this is for
 * everything else.
 * <pre>{@code save.addClickListener(e -> Actions.run("failure.rating", this::saveRating));}</pre>
 */
public final class Actions {
    private Actions() {}

    /**
     * Runs the action; if it throws, tells the user in a notification and logs the cause.
     *
     * @param failureKey the translation key of what was not done ("Your rating was not saved")
     * @return whether it ran to its end
     */
    public static boolean run(String failureKey, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            FailureReports.notifyUser(failureKey, e);
            return false;
        }
    }

    /**
     * Runs the action; if it throws, logs the cause and returns the failure for the view to show where the user is
     * looking (an upload's result area, say) instead of in a notification.
     */
    public static Optional<Failure> attempt(String failureKey, Runnable action) {
        try {
            action.run();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(FailureReports.logged(failureKey, e));
        }
    }
}
