/** The vignette page (persona card), the players of each kind, and the debrief. */
@NullMarked
package org.alliance.web.vignette.ui;

import org.jspecify.annotations.NullMarked;
