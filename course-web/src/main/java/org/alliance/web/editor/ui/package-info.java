/** The draft editor: files, problems at their file and line, lesson preview, and the branch diagram. */
@NullMarked
package org.alliance.web.editor.ui;

import org.jspecify.annotations.NullMarked;
