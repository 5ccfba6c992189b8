/**
 * The gradebook and item/vignette analysis for the people who teach a course, built from the assessment and
 * vignette features' read-only results; grades, statistics and flags are course-core's.
 */
@NullMarked
package org.alliance.web.gradebook;

import org.jspecify.annotations.NullMarked;
