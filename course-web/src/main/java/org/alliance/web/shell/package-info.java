/** The application frame every signed-in view shares: layout, navigation, error pages. */
@NullMarked
package org.alliance.web.shell;

import org.jspecify.annotations.NullMarked;
