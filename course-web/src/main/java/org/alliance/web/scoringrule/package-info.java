/** Scoring rule upgrades: past automatic scores recomputed once after a scoring rule changes, each change audited. */
@org.jspecify.annotations.NullMarked
package org.alliance.web.scoringrule;
