/** Deliberate-practice drills: the automatic hints' detectors and how well they do on a drill's responses. */
@org.jspecify.annotations.NullMarked
package org.alliance.core.drill;
