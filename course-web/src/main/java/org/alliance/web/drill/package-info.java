/**
 * Deliberate practice in drills: rounds whose level follows the student's difficulty ratings, tries kept, the
 * spacing schedule, responses sent for an instructor's feedback, the practice log. Never graded.
 */
@org.jspecify.annotations.NullMarked
package org.alliance.web.drill;
