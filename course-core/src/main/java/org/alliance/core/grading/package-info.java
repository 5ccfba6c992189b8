/** Grades: which attempt counts, and the course grade from weighted activities, with completion and pass. */
@org.jspecify.annotations.NullMarked
package org.alliance.core.grading;
