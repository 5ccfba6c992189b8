/**
 * Idle sessions end (ASVS 7.3.1): the rule that decides, from the server's own record of the last real user
 * interaction, whether a signed-in session is active, due a warning, or over. The browser only wakes the server
 * at the right moments ({@code ui.IdleGuard}); the servlet session timeout and Vaadin's closeIdleSessions remain
 * the backstop when no script runs.
 */
@NullMarked
package org.alliance.web.shell.idle;

import org.jspecify.annotations.NullMarked;
