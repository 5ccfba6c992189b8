/** A student's progress: completion and grade per course, mastery per concept, and what to practise next. */
@NullMarked
package org.alliance.web.progress;

import org.jspecify.annotations.NullMarked;
