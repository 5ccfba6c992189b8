/** The sign-in view. */
@NullMarked
package org.alliance.web.security.ui;

import org.jspecify.annotations.NullMarked;
