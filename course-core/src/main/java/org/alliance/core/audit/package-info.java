/**
 * The assessment audit: what makes a score measure something other than skill (a longest key, absolute
 * words in wrong options, a guessable quiz, a misstep that costs nothing), reported by the one validator as
 * problems with stable codes, and summed up per course. One class per family of checks.
 */
@org.jspecify.annotations.NullMarked
package org.alliance.core.audit;
