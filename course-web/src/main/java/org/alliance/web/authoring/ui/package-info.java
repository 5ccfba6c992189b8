/** Instructors' course files: import a zip, export one, copy a bundled course; admins' course staff page. */
@NullMarked
package org.alliance.web.authoring.ui;

import org.jspecify.annotations.NullMarked;
