/** Scoring of the single-turn vignette kinds: best response, rate every option, and free text. */
@org.jspecify.annotations.NullMarked
package org.alliance.core.scoring.vignette;
