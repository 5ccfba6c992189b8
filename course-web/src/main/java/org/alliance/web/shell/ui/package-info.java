/** Views of the application frame: the main layout with its menu and header items, home, not found, access denied. */
@NullMarked
package org.alliance.web.shell.ui;

import org.jspecify.annotations.NullMarked;
