package org.alliance.web.ui;

import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandlerUtil;

/**
 * The session's error handler: an exception that a listener, an upload or a UI task lets through is reported to the
 * user (what was not done, why, an id) and logged with the same id, instead of Vaadin's default of a log line only.
 * Kept from the default: dropped connections are not reported, and an exception with its own error view (not found,
 * access denied) shows that view.
 */
final class UnexpectedErrorHandler extends DefaultErrorHandler {

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        if (!shouldHandle(cause) || ErrorHandlerUtil.handleErrorByRedirectingToErrorView(cause)) {
            return;
        }
        FailureReports.notifyUser(FailureReports.UNNAMED_ACTION, cause);
    }
}
