/** The "My progress" page. */
@NullMarked
package org.alliance.web.progress.ui;

import org.jspecify.annotations.NullMarked;
