/** The reflection page. */
@NullMarked
package org.alliance.web.reflection.ui;

import org.jspecify.annotations.NullMarked;
