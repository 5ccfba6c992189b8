/** How well a student has mastered each concept and objective, from their latest scores. */
@org.jspecify.annotations.NullMarked
package org.alliance.core.mastery;
