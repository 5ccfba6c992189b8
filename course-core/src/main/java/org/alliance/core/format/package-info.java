/** The content format: reads a course from a folder, a zip or in-memory files, writes it back canonically, and hashes it. */
@org.jspecify.annotations.NullMarked
package org.alliance.core.format;
