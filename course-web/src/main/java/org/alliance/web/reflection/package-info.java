/** Reflections: a private, ungraded text answer per prompt, shared with instructors only by choice. */
@NullMarked
package org.alliance.web.reflection;

import org.jspecify.annotations.NullMarked;
