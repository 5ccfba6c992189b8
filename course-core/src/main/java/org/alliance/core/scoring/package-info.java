/** Scoring of quiz items: a pure function of the item, the student's response and the rating scale. */
@org.jspecify.annotations.NullMarked
package org.alliance.core.scoring;
