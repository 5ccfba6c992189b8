/**
 * Exports other systems read: quiz items (and best-response and free-text vignettes) as Moodle XML
 * and GIFT. {@link org.alliance.core.interop.QuestionMapper} turns a course into neutral questions
 * once; each writer only spells them. What a format cannot express is listed as skipped, never dropped.
 */
@org.jspecify.annotations.NullMarked
package org.alliance.core.interop;
