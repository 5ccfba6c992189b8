/** The immutable course model: a course, its lessons, activities, glossary and references, as read from content files. */
@org.jspecify.annotations.NullMarked
package org.alliance.core.model;
