/**
 * Deliberate practice: how a drill's level follows the student's own difficulty ratings, and when a statement
 * comes back (spacing). Never grading: nothing here produces a score.
 */
@org.jspecify.annotations.NullMarked
package org.alliance.core.practice;
