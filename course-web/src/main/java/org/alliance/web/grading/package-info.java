/**
 * Grading free-text vignette answers: two raters, agreement, resolution, release and override with an audit
 * log; and the in-app notices that tell a student their grade has arrived. The rules are course-core's.
 */
@NullMarked
package org.alliance.web.grading;

import org.jspecify.annotations.NullMarked;
