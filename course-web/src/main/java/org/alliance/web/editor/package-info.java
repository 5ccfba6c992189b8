/**
 * Editing courses in the browser: drafts hold the same files as content/, the one reader and validator
 * check them as they are typed, and publishing stores a new immutable version.
 */
@NullMarked
package org.alliance.web.editor;

import org.jspecify.annotations.NullMarked;
