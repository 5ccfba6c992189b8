/** The browser half of idle sign-out: the guard every signed-in page carries and its warning dialog. */
@NullMarked
package org.alliance.web.shell.idle.ui;

import org.jspecify.annotations.NullMarked;
