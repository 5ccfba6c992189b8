/**
 * Quiz attempts: starting within the limits, saving each answer as it is given, server-kept time limits,
 * submission, and review as the quiz's review options allow. Scoring is course-core's.
 */
@NullMarked
package org.alliance.web.assessment;

import org.jspecify.annotations.NullMarked;
