/** Branching vignettes: walking the graph of choices with the alliance meter, scoring a path, and its bounds. */
@org.jspecify.annotations.NullMarked
package org.alliance.core.scoring.branching;
