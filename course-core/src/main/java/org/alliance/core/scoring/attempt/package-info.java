/** Quiz behaviours: tries and retry penalties, attempt limits, time limits and what review may show. */
@org.jspecify.annotations.NullMarked
package org.alliance.core.scoring.attempt;
