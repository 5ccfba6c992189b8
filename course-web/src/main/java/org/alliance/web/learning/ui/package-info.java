/** The lesson reader. */
@NullMarked
package org.alliance.web.learning.ui;

import org.jspecify.annotations.NullMarked;
