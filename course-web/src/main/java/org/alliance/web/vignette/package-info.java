/**
 * Case vignettes: attempts at best-response, rate-options, free-text and branching vignettes, skipping one
 * with a content note (excused), and the debrief. Scoring and the branching walk are course-core's.
 */
@NullMarked
package org.alliance.web.vignette;

import org.jspecify.annotations.NullMarked;
