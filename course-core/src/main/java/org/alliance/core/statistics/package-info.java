/** Item analysis over many students' responses: facility, discrimination, distractors, reliability. */
@org.jspecify.annotations.NullMarked
package org.alliance.core.statistics;
