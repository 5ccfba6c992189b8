/** The grading queue and grading page for teachers, the notices bell and list, and a released grade's panel. */
@NullMarked
package org.alliance.web.grading.ui;

import org.jspecify.annotations.NullMarked;
