/** Views of the application frame (main layout, home, not found, access denied) and how failures reach the user. */
@NullMarked
package org.alliance.web.shell.ui;

import org.jspecify.annotations.NullMarked;
