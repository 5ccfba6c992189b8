/** What changed between two versions of a course, in the author's terms: files, lessons, items, vignettes. */
@org.jspecify.annotations.NullMarked
package org.alliance.core.changes;
